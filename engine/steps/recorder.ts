// Step recording is off by default (it prints jaxprs); the app turns it on and collects what was recorded.
import type { StepRecord } from "./types.ts";

let recording = false;
const records: StepRecord[] = [];

export function setStepRecording(on: boolean): void {
  recording = on;
  if (!on) records.length = 0;
}

export function isRecordingSteps(): boolean {
  return recording;
}

export function pushStepRecord(r: StepRecord): void {
  if (recording) records.push(r);
}

/** The records made since the last call, oldest first. */
export function takeStepRecords(): StepRecord[] {
  return records.splice(0, records.length);
}
