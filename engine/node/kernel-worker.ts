// Node only: the body of the helper thread (see kernel-helper.ts): wait for a task, run it, say so.
import { receiveMessageOnPort, workerData } from "node:worker_threads";
import { type KernelTask, runShare } from "../runtime/cpu/parallel.ts";
import { DONE, POSTED, type KernelWorkerData } from "./kernel-helper.ts";

const { control: buffer, port } = workerData as KernelWorkerData;
const control = new Int32Array(buffer);
let seen = 0;
for (;;) {
  Atomics.wait(control, POSTED, seen);
  const posted = Atomics.load(control, POSTED);
  while (seen < posted) {
    const message = receiveMessageOnPort(port as never);
    if (message === undefined) break;
    runShare(message.message as KernelTask);
    seen++;
  }
  Atomics.store(control, DONE, seen);
  Atomics.notify(control, DONE);
}
