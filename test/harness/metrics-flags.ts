// The flags of one task for `specpipe metrics record`, as the CLI's tests and the metrics workers pass them.
export interface TaskFlags {
  id: string;
  type: string;
  model: string;
  duration: string;
  status: string;
}

export function taskFlags(task: TaskFlags): string[] {
  return ["--task-id", task.id, "--task-type", task.type, "--model", task.model, "--duration", task.duration, "--status", task.status];
}
