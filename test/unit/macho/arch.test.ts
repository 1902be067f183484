import * as assert from 'node:assert/strict';
import { canExecute } from '../../../src/core/arch/slices';
import { archName } from '../../../src/core/arch/macho';
import type { MachOSlice } from '../../../src/core/macho';
import { goarchOf, nodeArchToMachO } from '../../../src/core/arch/names';

const slice = (arch: string): MachOSlice => ({ arch, cputype: 0, cpusubtype: 0, offset: 0 });
const set = (...a: string[]) => a.map(slice);

describe('macho arch model', () => {
  it('names cputype/cpusubtype like lipo -archs, masking capability bits', () => {
    assert.equal(archName(0x01000007, 3), 'x86_64');
    assert.equal(archName(0x01000007, 0x80000003), 'x86_64');
    assert.equal(archName(0x01000007, 8), 'x86_64h');
    assert.equal(archName(0x0100000c, 0), 'arm64');
    assert.equal(archName(0x0100000c, 0x80000002), 'arm64e');
    assert.equal(archName(0x0200000c, 1), 'arm64_32');
    assert.equal(archName(7, 3), 'i386');
    assert.equal(archName(12, 9), 'armv7');
    assert.equal(archName(12, 11), 'armv7s');
    assert.equal(archName(12, 12), 'armv7k');
    assert.equal(archName(18, 0), 'ppc');
    assert.equal(archName(123, 4), 'cputype(123)/subtype(4)');
  });

  it('maps Node, Mach-O and Go arch names', () => {
    assert.equal(nodeArchToMachO('x64'), 'x86_64');
    assert.equal(nodeArchToMachO('arm64'), 'arm64');
    assert.equal(nodeArchToMachO('ia32'), 'i386');
    assert.equal(goarchOf('x86_64h'), 'amd64');
    assert.equal(goarchOf('arm64e'), 'arm64');
    assert.equal(goarchOf('i386'), '386');
  });

  it('decides what the hardware executes, natively or under Rosetta', () => {
    assert.deepEqual(canExecute(set('x86_64', 'arm64e'), 'arm64').how, 'native');
    assert.equal(canExecute(set('x86_64', 'arm64e'), 'arm64').slice?.arch, 'arm64e');
    assert.equal(canExecute(set('x86_64'), 'arm64').how, 'rosetta');
    assert.equal(canExecute(set('x86_64'), 'arm64', { rosetta: false }).how, 'no');
    assert.equal(canExecute(set('x86_64h'), 'arm64').how, 'no');
    assert.equal(canExecute(set('x86_64', 'arm64'), 'arm64', { translatedParent: true }).slice?.arch, 'x86_64');
    assert.equal(canExecute(set('arm64'), 'arm64', { translatedParent: true }).how, 'native');
    assert.equal(canExecute(set('arm64', 'arm64e'), 'x86_64').how, 'no');
    assert.equal(canExecute(set('x86_64', 'x86_64h'), 'x86_64').slice?.arch, 'x86_64h');
    assert.equal(canExecute(set('i386'), 'x86_64').how, 'native');
  });
});
