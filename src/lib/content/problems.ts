/** A problem the content check finds, named by file and field, and how it is printed. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Formats problems one per line: `file: field: message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
