/** The go that Delve builds with, when it is not the one vscode-go shows (issue 10 item 3). */
import { t } from '../../i18n';
import { RULES_GO as G } from '../../i18n/messages/rules-go';
import { builds } from '../../probe/target';
import { manual, ruleFinding, type DarwinRule } from '../finding';

export const goBuildDiffers: DarwinRule = (m) => {
  const d = m.toolchain.delveGo;
  if (!d || !m.go.path || !builds(m.target.mode)) return [];
  return [ruleFinding('go-build-differs', {
    detail: t(G.buildDiffers, { shown: m.go.path, delve: d.path, from: d.pathFrom }),
    evidence: [`vscode-go: ${m.go.path} (${m.go.why ?? '?'})`, `Delve: ${d.path} (${d.pathFrom})`],
    fixes: [manual(t(G.buildDiffersFix))],
  })];
};
