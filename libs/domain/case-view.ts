// The pathway's view as GET /cases/:id answers it, projected to PostgreSQL
// with the workflow's writes (workflows/projections.ts, projectBatch): a step
// opened by the same batch gets the deadline the batch resolved for it.

export interface ProjectedView {
  openSteps: { key: string; dueAt: string | null }[];
}

/** The view with the deadlines of `opened` (row key → due instant) filled in; row key = `${prefix}${step key}`. */
export function withDeadlines<V extends ProjectedView>(view: V, prefix: string, opened: ReadonlyMap<string, string>): V {
  if (opened.size === 0) return view;
  return { ...view, openSteps: view.openSteps.map((s) => (s.dueAt === null && opened.has(`${prefix}${s.key}`) ? { ...s, dueAt: opened.get(`${prefix}${s.key}`) as string } : s)) };
}
