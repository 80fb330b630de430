// Node only: the helper thread of runtime/cpu/parallel.ts. Started on the first kernel large enough to
// split (so short scripts never pay for it); told of each task through a MessagePort read synchronously
// (receiveMessageOnPort), woken and waited for through a shared Int32Array, so that neither thread ever
// returns to its event loop in between.
import os from "node:os";
import { MessageChannel, Worker } from "node:worker_threads";
import { type KernelHelper, type KernelTask, setKernelHelper } from "../runtime/cpu/parallel.ts";

/** Slots of the control array: the last task posted, and the last task done. */
export const POSTED = 0;
export const DONE = 1;
/** A helper that takes longer than this to finish its share is considered lost. */
const WAIT_LIMIT_MS = 30_000;

export interface KernelWorkerData {
  readonly control: SharedArrayBuffer;
  readonly port: MessagePort;
}

class NodeKernelHelper implements KernelHelper {
  private readonly control = new Int32Array(new SharedArrayBuffer(8));
  private readonly channel = new MessageChannel();
  private readonly worker: Worker;
  private posted = 0;

  constructor() {
    const data: KernelWorkerData = {
      control: this.control.buffer as SharedArrayBuffer,
      port: this.channel.port2 as never,
    };
    this.worker = new Worker(new URL("./kernel-worker.ts", import.meta.url), {
      workerData: data,
      transferList: [this.channel.port2 as never],
    });
    this.worker.unref();
    this.channel.port1.unref();
  }

  start(task: KernelTask): void {
    this.posted++;
    this.channel.port1.postMessage(task);
    Atomics.store(this.control, POSTED, this.posted);
    Atomics.notify(this.control, POSTED);
  }

  wait(): boolean {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (;;) {
      const done = Atomics.load(this.control, DONE);
      if (done === this.posted) return true;
      const left = deadline - Date.now();
      if (left <= 0) {
        void this.worker.terminate();
        return false;
      }
      Atomics.wait(this.control, DONE, done, left);
    }
  }
}

/** Install the helper thread for large kernels, when this machine has a second core. */
export function installKernelHelper(): void {
  if (os.availableParallelism() < 2) return;
  let instance: NodeKernelHelper | undefined;
  // The thread starts with the first task, not now.
  setKernelHelper({
    start: (task) => (instance ??= new NodeKernelHelper()).start(task),
    wait: () => instance!.wait(),
  });
}
