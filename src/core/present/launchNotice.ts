/**
 * F5 with a preflight error and `blockOnError: false`: the launch goes ahead, and a non-modal notification says
 * it will fail. Once per launch configuration until its verdict changes (a fix, a different cause): pressing F5
 * again on the same broken configuration does not stack notifications, but a new cause is announced. Pure state.
 */
import type { Report } from '../report/types';

/** What a notification is about: the verdict and the error codes, order-free. */
export function verdictSignature(report: Report): string {
  const codes = report.findings.filter((f) => f.severity === 'error').map((f) => f.code).sort();
  return `${report.verdict}:${codes.join(',')}`;
}

export class LaunchNotices {
  private readonly shown = new Map<string, string>();

  /**
   * Whether to announce `report` for the configuration `key` now. An error verdict is announced when this
   * configuration's last announced signature differs; any other verdict forgets it (so that the error, should it
   * come back, is announced again).
   */
  shouldNotify(key: string, report: Report): boolean {
    if (report.verdict !== 'error') {
      this.shown.delete(key);
      return false;
    }
    const sig = verdictSignature(report);
    if (this.shown.get(key) === sig) return false;
    this.shown.set(key, sig);
    return true;
  }
}
