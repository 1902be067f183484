import * as assert from 'node:assert/strict';
import { readFileLabel } from '../../../src/core/present/readFiles';

describe('readFiles: the files a diagnosis reads (a change to one diagnoses again)', () => {
  it('names launch.json, the settings, devcontainer.json, the Dockerfile, the compose file and go.mod', () => {
    const read: Record<string, string> = {
      '.vscode/launch.json': 'launch.json',
      '.vscode/settings.json': 'settings.json',
      '.devcontainer.json': '.devcontainer.json',
      '.devcontainer/devcontainer.json': 'devcontainer.json',
      '.devcontainer/arm/devcontainer.json': 'devcontainer.json',
      '.devcontainer/Dockerfile': 'Dockerfile',
      '.devcontainer/dev.Dockerfile': 'dev.Dockerfile',
      'Dockerfile.dev': 'Dockerfile.dev',
      'Dockerfile': 'Dockerfile',
      '.devcontainer/docker-compose.yml': 'docker-compose.yml',
      'compose.yaml': 'compose.yaml',
      'go.mod': 'go.mod',
      'go.work': 'go.work',
      'app.code-workspace': 'app.code-workspace',
      '.vscode\\launch.json': 'launch.json',
    };
    for (const [rel, label] of Object.entries(read)) assert.equal(readFileLabel(rel), label, rel);
  });

  it('ignores what no diagnosis reads: sources, other JSON, nested modules and Dockerfiles of other folders', () => {
    for (const rel of ['main.go', 'package.json', '.vscode/tasks.json', 'cmd/tool/go.mod', 'deploy/Dockerfile', 'node_modules/x/settings.json', '.devcontainer/a/b/devcontainer.json', 'settings.json']) {
      assert.equal(readFileLabel(rel), undefined, rel);
    }
  });
});
