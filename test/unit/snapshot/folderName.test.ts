import * as assert from 'node:assert/strict';
import { snapshotFolderName } from '../../../src/core/capture/folderName';

describe('snapshotFolderName: the default folder of an export is new', () => {
  const at = new Date(2026, 11, 7, 9, 5, 30);

  it('is dated to the minute, in local time', () => {
    assert.equal(snapshotFolderName(at), 'go-lldb-doctor-snapshot-20261207-0905');
  });

  it('never names a folder that exists', () => {
    const existing = new Set(['go-lldb-doctor-snapshot-20261207-0905', 'go-lldb-doctor-snapshot-20261207-0905-2']);
    assert.equal(snapshotFolderName(at, (n) => existing.has(n)), 'go-lldb-doctor-snapshot-20261207-0905-3');
  });
});
