/** Root-cause ordering lives in report/rank (the merge of preflight and DAP findings uses it too). */
export { explainedBy, rank } from '../report/rank';
