// Lean copies of the big CJK font files for one picture. resvg-js 2.6.2 (fontdb 0.14 without memory mapping)
// reads a font file from the disk again for every glyph it draws: with the 20 MB Noto Sans CJK .ttc, the long
// image's ~4000 glyphs read 80 GB and took 10 s of system time. A copy with the same faces, the same glyph ids and
// the same metrics, whose CFF keeps only the outlines this picture's characters can reach (through cmap and every
// GSUB lookup, so whatever the shaper substitutes is still there) and whose cmap maps only those characters, is
// about a tenth of the size and draws the same pixels. Only CID-keyed CFF fonts (Noto/Source Han CJK) are copied;
// any other file is used as it is.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Files smaller than this are used as they are: reading them per glyph costs little. */
const LEAN_ABOVE = 4 << 20;

/**
 * `files`, with every big CID-keyed CFF font among them replaced by a lean copy (in a temporary folder) that draws
 * `text` exactly as the original does. `dispose()` removes the copies. A file it cannot read, follow or copy is
 * passed on as it is (slower, never wrong).
 */
export function leanFontFiles(files, text) {
  // The text as written, composed and decomposed (the shaper may look up either form), and the characters the
  // shaper falls back to when a font lacks one: the space for other spaces, hyphens for other hyphens.
  const all = `${text}${text.normalize('NFC')}${text.normalize('NFD')} \u00a0-\u2010`;
  const codepoints = new Set([...all].map((ch) => ch.codePointAt(0)));
  let dir;
  const out = files.map((file) => {
    try {
      const data = readFileSync(file);
      const lean = data.length < LEAN_ABOVE ? undefined : leanFont(data, codepoints);
      if (!lean) return file;
      dir ??= mkdtempSync(join(tmpdir(), 'shanxi-report-charts-fonts-'));
      const path = join(dir, basename(file));
      writeFileSync(path, lean);
      return path;
    } catch {
      return file;
    }
  });
  return { files: out, dispose: () => dir && rmSync(dir, { recursive: true, force: true }) };
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The characters an SVG's text holds (its markup taken out, its character references read). */
export function svgText(svg) {
  return svg
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (ref, dec, hex, name) =>
      dec || hex ? String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16)) : (ENTITIES[name] ?? ref),
    );
}

/** A lean copy of a font file (.ttc or .otf) for `codepoints`, or undefined when it is not a CID-keyed CFF font. */
export function leanFont(data, codepoints) {
  const faces = sfntFaces(data);
  if (!faces) return undefined;
  const cffs = new Set(faces.map((f) => f.tables.get('CFF ')?.offset));
  if (cffs.size !== 1 || cffs.has(undefined)) return undefined;
  const cffTable = faces[0].tables.get('CFF ');
  const cff = parseCff(data.subarray(cffTable.offset, cffTable.offset + cffTable.length));
  if (!cff) return undefined;
  // A variation selector needs the cmap's format 14 subtable: keep such fonts whole.
  if ([...codepoints].some((c) => (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xe0100 && c <= 0xe01ef))) return undefined;

  // The glyphs this text can reach in any face: cmap, then the closure over every GSUB lookup.
  const glyphs = new Set([0]);
  const cmaps = new Map();
  const gsubs = new Set();
  for (const face of faces) {
    const cmap = face.tables.get('cmap');
    if (!cmap) return undefined;
    if (!cmaps.has(cmap.offset)) {
      const lookup = cmapLookup(data, cmap.offset);
      if (!lookup) return undefined;
      const map = new Map();
      for (const c of codepoints) {
        const g = lookup(c);
        if (g) map.set(c, g);
      }
      cmaps.set(cmap.offset, map);
      for (const g of map.values()) glyphs.add(g);
    }
    const gsub = face.tables.get('GSUB');
    if (gsub) gsubs.add(gsub.offset);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const offset of gsubs) if (gsubClosure(data, offset, glyphs)) grew = true;
  }

  // The new tables: one hollow CFF, a small cmap per original cmap, every other table as it was.
  const replaced = new Map();
  replaced.set(cffTable.offset, hollowCff(cff, glyphs));
  for (const [offset, map] of cmaps) replaced.set(offset, cmapFormat12(map));
  return writeSfnt(data, faces, replaced, faces.length > 1 || data.toString('latin1', 0, 4) === 'ttcf');
}

// ---------------------------------------------------------------------------------------------------------------
// sfnt and TTC

function sfntFaces(data) {
  const tag = data.toString('latin1', 0, 4);
  const starts = tag === 'ttcf' ? Array.from({ length: data.readUInt32BE(8) }, (_, i) => data.readUInt32BE(12 + 4 * i)) : [0];
  if (tag !== 'ttcf' && tag !== 'OTTO') return undefined;
  return starts.map((start) => {
    const tables = new Map();
    const count = data.readUInt16BE(start + 4);
    for (let i = 0; i < count; i++) {
      const r = start + 12 + 16 * i;
      tables.set(data.toString('latin1', r, r + 4), { sum: data.readUInt32BE(r + 4), offset: data.readUInt32BE(r + 8), length: data.readUInt32BE(r + 12) });
    }
    return { version: data.readUInt32BE(start), tables };
  });
}

function checksum(buf) {
  let sum = 0;
  const whole = buf.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + ((buf[i] << 24) | (buf[i + 1] << 16) | (buf[i + 2] << 8) | buf[i + 3])) >>> 0;
  for (let i = whole; i < buf.length; i++) sum = (sum + (buf[i] << (24 - 8 * (i - whole)))) >>> 0;
  return sum;
}

/** A .ttc (or, with one face and `collection` false, an .otf) of `faces`, tables shared as they were. */
function writeSfnt(data, faces, replaced, collection) {
  const head = collection ? 12 + 4 * faces.length : 0;
  const dirs = faces.map((f) => 12 + 16 * f.tables.size);
  let at = head + dirs.reduce((a, b) => a + b, 0);
  const placed = new Map();
  const blobs = [];
  for (const face of faces) {
    for (const { offset, length, sum } of face.tables.values()) {
      if (placed.has(offset)) continue;
      const blob = replaced.get(offset) ?? data.subarray(offset, offset + length);
      placed.set(offset, { at, length: blob.length, sum: replaced.has(offset) ? checksum(blob) : sum });
      blobs.push([at, blob]);
      at += (blob.length + 3) & ~3;
    }
  }
  const out = Buffer.alloc(at);
  if (collection) {
    out.write('ttcf', 0, 'latin1');
    out.writeUInt32BE(0x00010000, 4);
    out.writeUInt32BE(faces.length, 8);
  }
  let dir = head;
  faces.forEach((face, i) => {
    if (collection) out.writeUInt32BE(dir, 12 + 4 * i);
    const n = face.tables.size;
    let pow = 1;
    while (pow * 2 <= n) pow *= 2;
    out.writeUInt32BE(face.version, dir);
    out.writeUInt16BE(n, dir + 4);
    out.writeUInt16BE(pow * 16, dir + 6);
    out.writeUInt16BE(Math.log2(pow), dir + 8);
    out.writeUInt16BE(n * 16 - pow * 16, dir + 10);
    [...face.tables.entries()].forEach(([tag, { offset }], j) => {
      const r = dir + 12 + 16 * j;
      const p = placed.get(offset);
      out.write(tag, r, 'latin1');
      out.writeUInt32BE(p.sum, r + 4);
      out.writeUInt32BE(p.at, r + 8);
      out.writeUInt32BE(p.length, r + 12);
    });
    dir += dirs[i];
  });
  for (const [pos, blob] of blobs) blob.copy(out, pos);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// cmap

/** A function from a code point to a glyph id, read from the cmap's Unicode subtable (format 12, else 4). */
function cmapLookup(data, cmap) {
  const count = data.readUInt16BE(cmap + 2);
  let f4;
  let f12;
  for (let i = 0; i < count; i++) {
    const platform = data.readUInt16BE(cmap + 4 + 8 * i);
    const encoding = data.readUInt16BE(cmap + 6 + 8 * i);
    const sub = cmap + data.readUInt32BE(cmap + 8 + 8 * i);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = data.readUInt16BE(sub);
    if (format === 12) f12 ??= sub;
    else if (format === 4) f4 ??= sub;
  }
  if (f12 !== undefined) {
    const groups = data.readUInt32BE(f12 + 12);
    return (c) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = f12 + 16 + 12 * mid;
        if (c < data.readUInt32BE(g)) hi = mid - 1;
        else if (c > data.readUInt32BE(g + 4)) lo = mid + 1;
        else return data.readUInt32BE(g + 8) + c - data.readUInt32BE(g);
      }
      return 0;
    };
  }
  if (f4 !== undefined) {
    const segs = data.readUInt16BE(f4 + 6) / 2;
    const ends = f4 + 14;
    const starts = ends + 2 * segs + 2;
    const deltas = starts + 2 * segs;
    const ranges = deltas + 2 * segs;
    return (c) => {
      if (c > 0xffff) return 0;
      for (let s = 0; s < segs; s++) {
        if (c > data.readUInt16BE(ends + 2 * s)) continue;
        const start = data.readUInt16BE(starts + 2 * s);
        if (c < start) return 0;
        const range = data.readUInt16BE(ranges + 2 * s);
        const delta = data.readUInt16BE(deltas + 2 * s);
        if (range === 0) return (c + delta) & 0xffff;
        const g = data.readUInt16BE(ranges + 2 * s + range + 2 * (c - start));
        return g ? (g + delta) & 0xffff : 0;
      }
      return 0;
    };
  }
  return undefined;
}

/** A cmap with one Unicode subtable (3, 10), format 12, of `map`. */
function cmapFormat12(map) {
  const pairs = [...map].sort((a, b) => a[0] - b[0]);
  const groups = [];
  for (const [c, g] of pairs) {
    const last = groups.at(-1);
    if (last && c === last[1] + 1 && g === last[2] + (c - last[0])) last[1] = c;
    else groups.push([c, c, g]);
  }
  const out = Buffer.alloc(12 + 16 + 12 * groups.length);
  out.writeUInt16BE(0, 0);
  out.writeUInt16BE(1, 2);
  out.writeUInt16BE(3, 4);
  out.writeUInt16BE(10, 6);
  out.writeUInt32BE(12, 8);
  out.writeUInt16BE(12, 12);
  out.writeUInt32BE(16 + 12 * groups.length, 16);
  out.writeUInt32BE(0, 20);
  out.writeUInt32BE(groups.length, 24);
  groups.forEach(([start, end, g], i) => {
    out.writeUInt32BE(start, 28 + 12 * i);
    out.writeUInt32BE(end, 32 + 12 * i);
    out.writeUInt32BE(g, 36 + 12 * i);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// GSUB: every glyph any lookup can put in place of glyphs already in the set (context aside: a superset)

/** Calls `fn(glyph, coverageIndex)` for every glyph of the Coverage table at `at`. */
function eachCovered(data, at, fn) {
  const format = data.readUInt16BE(at);
  const n = data.readUInt16BE(at + 2);
  if (format === 1) {
    for (let i = 0; i < n; i++) fn(data.readUInt16BE(at + 4 + 2 * i), i);
  } else if (format === 2) {
    for (let i = 0; i < n; i++) {
      const r = at + 4 + 6 * i;
      const first = data.readUInt16BE(r);
      const base = data.readUInt16BE(r + 4);
      for (let g = first; g <= data.readUInt16BE(r + 2); g++) fn(g, base + g - first);
    }
  }
}

/** Adds to `glyphs` what the GSUB at `gsub` can substitute for them; whether it added any. */
function gsubClosure(data, gsub, glyphs) {
  const before = glyphs.size;
  const list = gsub + data.readUInt16BE(gsub + 8);
  const lookups = data.readUInt16BE(list);
  for (let l = 0; l < lookups; l++) {
    const lookup = list + data.readUInt16BE(list + 2 + 2 * l);
    let type = data.readUInt16BE(lookup);
    const subs = data.readUInt16BE(lookup + 4);
    for (let s = 0; s < subs; s++) {
      let sub = lookup + data.readUInt16BE(lookup + 6 + 2 * s);
      let subType = type;
      if (type === 7) {
        subType = data.readUInt16BE(sub + 2);
        sub += data.readUInt32BE(sub + 4);
      }
      substitutes(data, sub, subType, glyphs);
    }
  }
  return glyphs.size > before;
}

function substitutes(data, sub, type, glyphs) {
  const format = data.readUInt16BE(sub);
  const covered = (fn) => eachCovered(data, sub + data.readUInt16BE(sub + 2), fn);
  const u16 = (at) => data.readUInt16BE(at);
  if (type === 1) {
    covered((g, i) => {
      if (!glyphs.has(g)) return;
      glyphs.add(format === 1 ? (g + u16(sub + 4)) & 0xffff : u16(sub + 6 + 2 * i));
    });
  } else if (type === 2 || type === 3) {
    // Multiple (sequences) and alternate (sets) have the same shape: coverage, then arrays of glyphs.
    covered((g, i) => {
      if (!glyphs.has(g)) return;
      const set = sub + u16(sub + 6 + 2 * i);
      for (let k = 0; k < u16(set); k++) glyphs.add(u16(set + 2 + 2 * k));
    });
  } else if (type === 4) {
    covered((g, i) => {
      if (!glyphs.has(g)) return;
      const set = sub + u16(sub + 6 + 2 * i);
      for (let k = 0; k < u16(set); k++) {
        const lig = set + u16(set + 2 + 2 * k);
        const parts = u16(lig + 2);
        let all = true;
        for (let p = 1; p < parts && all; p++) all = glyphs.has(u16(lig + 2 + 2 * p));
        if (all) glyphs.add(u16(lig));
      }
    });
  } else if (type === 8) {
    const back = u16(sub + 4);
    const ahead = sub + 6 + 2 * back;
    const n = ahead + 2 + 2 * u16(ahead);
    covered((g, i) => {
      if (glyphs.has(g)) glyphs.add(u16(n + 2 + 2 * i));
    });
  }
  // Types 5 and 6 (context) only call other lookups, which are walked on their own.
}

// ---------------------------------------------------------------------------------------------------------------
// CFF (CID-keyed): the same structure, the charstrings of glyphs outside the set emptied

/** A big-endian unsigned integer of `size` bytes (1–4) at `at`. */
function uint(buf, at, size) {
  let n = 0;
  for (let k = 0; k < size; k++) n = n * 256 + buf[at + k];
  return n;
}

function putUint(buf, at, size, n) {
  for (let k = size - 1; k >= 0; k--, n = Math.floor(n / 256)) buf[at + k] = n & 0xff;
}

/** A CFF INDEX read in place: its count, where it ends, where item `i` starts (`from(i)` to `from(i + 1)`), item `i`. */
function readIndex(cff, at) {
  const count = cff.readUInt16BE(at);
  if (count === 0) return { count, start: at, end: at + 2, from: () => 0, item: () => cff.subarray(0, 0) };
  const offSize = cff[at + 2];
  const data = at + 2 + (count + 1) * offSize;
  const from = (i) => data + uint(cff, at + 3 + i * offSize, offSize);
  return { count, start: at, end: from(count), from, item: (i) => cff.subarray(from(i), from(i + 1)) };
}

/** The INDEX `index` of `cff` again, every item whose number `keep` does not have replaced by `filler`. */
function hollowIndex(cff, index, keep, filler) {
  let total = 0;
  for (let i = 0; i < index.count; i++) total += keep.has(i) ? index.from(i + 1) - index.from(i) : filler.length;
  const offSize = offSizeFor(total + 1);
  const out = Buffer.alloc(3 + (index.count + 1) * offSize + total);
  out.writeUInt16BE(index.count, 0);
  out[2] = offSize;
  const base = 2 + (index.count + 1) * offSize;
  let at = base + 1;
  for (let i = 0; i < index.count; i++) {
    putUint(out, 3 + i * offSize, offSize, at - base);
    if (keep.has(i)) at += cff.copy(out, at, index.from(i), index.from(i + 1));
    else at += filler.copy(out, at);
  }
  putUint(out, 3 + index.count * offSize, offSize, at - base);
  return out;
}

const offSizeFor = (n) => (n < 1 << 8 ? 1 : n < 1 << 16 ? 2 : n < 1 << 24 ? 3 : 4);

function writeIndex(items) {
  const total = items.reduce((a, b) => a + b.length, 0);
  if (items.length === 0) return Buffer.from([0, 0]);
  const offSize = offSizeFor(total + 1);
  const out = Buffer.alloc(3 + (items.length + 1) * offSize + total);
  out.writeUInt16BE(items.length, 0);
  out[2] = offSize;
  let off = 1;
  let at = 3 + (items.length + 1) * offSize;
  items.forEach((item, i) => {
    out.writeUIntBE(off, 3 + i * offSize, offSize);
    item.copy(out, at);
    at += item.length;
    off += item.length;
  });
  out.writeUIntBE(off, 3 + items.length * offSize, offSize);
  return out;
}

/** A DICT as [operator, operand bytes, numbers]. */
function readDict(buf) {
  const entries = [];
  let start = 0;
  const numbers = [];
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    if (b <= 21) {
      const op = b === 12 ? 1200 + buf[i + 1] : b;
      i += b === 12 ? 2 : 1;
      entries.push({ op, operands: buf.subarray(start, i - (op >= 1200 ? 2 : 1)), numbers: numbers.splice(0) });
      start = i;
    } else if (b === 28) {
      numbers.push(buf.readInt16BE(i + 1));
      i += 3;
    } else if (b === 29) {
      numbers.push(buf.readInt32BE(i + 1));
      i += 5;
    } else if (b === 30) {
      i++;
      while (i < buf.length && (buf[i] & 0x0f) !== 0x0f && (buf[i] & 0xf0) !== 0xf0) i++;
      i++;
      numbers.push(NaN);
    } else if (b >= 32 && b <= 246) {
      numbers.push(b - 139);
      i++;
    } else if (b >= 247 && b <= 250) {
      numbers.push((b - 247) * 256 + buf[i + 1] + 108);
      i += 2;
    } else if (b >= 251 && b <= 254) {
      numbers.push(-(b - 251) * 256 - buf[i + 1] - 108);
      i += 2;
    } else return undefined;
  }
  return entries;
}

const int32 = (n) => {
  const b = Buffer.alloc(5);
  b[0] = 29;
  b.writeInt32BE(n, 1);
  return b;
};
const opBytes = (op) => (op >= 1200 ? Buffer.from([12, op - 1200]) : Buffer.from([op]));

/** A DICT with the operands of `fixed` (operator → numbers) written as 5-byte integers, the rest as they were. */
function writeDict(entries, fixed) {
  return Buffer.concat(entries.flatMap((e) => [fixed.has(e.op) ? Buffer.concat(fixed.get(e.op).map(int32)) : e.operands, opBytes(e.op)]));
}

const CHARSET = 15;
const CHARSTRINGS = 17;
const PRIVATE = 18;
const SUBRS = 19;
const ROS = 1230;
const FDARRAY = 1236;
const FDSELECT = 1237;

function parseCff(cff) {
  const hdrSize = cff[2];
  const names = readIndex(cff, hdrSize);
  const tops = readIndex(cff, names.end);
  if (tops.count !== 1) return undefined;
  const top = readDict(tops.item(0));
  if (!top) return undefined;
  const get = (op) => top.find((e) => e.op === op)?.numbers;
  if (!get(ROS) || !get(CHARSTRINGS) || !get(FDARRAY) || !get(FDSELECT) || !get(CHARSET)) return undefined;
  const strings = readIndex(cff, tops.end);
  const gsubrs = readIndex(cff, strings.end);
  const charstrings = readIndex(cff, get(CHARSTRINGS)[0]);
  const nGlyphs = charstrings.count;
  const charsetAt = get(CHARSET)[0];
  if (charsetAt <= 2) return undefined;
  const fdselectAt = get(FDSELECT)[0];
  const fdArray = readIndex(cff, get(FDARRAY)[0]);
  const fonts = [];
  for (let i = 0; i < fdArray.count; i++) {
    const dict = readDict(fdArray.item(i));
    if (!dict) return undefined;
    const priv = dict.find((e) => e.op === PRIVATE)?.numbers;
    let privateBlock;
    if (priv) {
      const [size, offset] = priv;
      const privDict = readDict(cff.subarray(offset, offset + size));
      if (!privDict) return undefined;
      const subrs = privDict.find((e) => e.op === SUBRS)?.numbers?.[0];
      // The Private DICT and its local Subrs (at an offset from the DICT's start) move together.
      const local = subrs === undefined ? undefined : readIndex(cff, offset + subrs);
      privateBlock = { dict: privDict, subrs: local };
    }
    fonts.push({ dict, privateBlock });
  }
  return {
    header: cff.subarray(0, 4),
    hdrSize,
    names: cff.subarray(names.start, names.end),
    top,
    strings: cff.subarray(strings.start, strings.end),
    charset: cff.subarray(charsetAt, charsetAt + charsetLength(cff, charsetAt, nGlyphs)),
    fdselect: cff.subarray(fdselectAt, fdselectAt + fdselectLength(cff, fdselectAt, nGlyphs)),
    cff,
    globalSubrs: gsubrs,
    fdOf: fdselectReader(cff, fdselectAt, nGlyphs),
    charstrings,
    nGlyphs,
    fonts,
  };
}

function charsetLength(cff, at, nGlyphs) {
  const format = cff[at];
  if (format === 0) return 1 + 2 * (nGlyphs - 1);
  let covered = 1;
  let len = 1;
  const step = format === 1 ? 3 : 4;
  while (covered < nGlyphs) {
    covered += 1 + (format === 1 ? cff[at + len + 2] : cff.readUInt16BE(at + len + 2));
    len += step;
  }
  return len;
}

function fdselectLength(cff, at, nGlyphs) {
  return cff[at] === 0 ? 1 + nGlyphs : 1 + 2 + 3 * cff.readUInt16BE(at + 1) + 2;
}

/** The font DICT index of each glyph. */
function fdselectReader(cff, at, nGlyphs) {
  if (cff[at] === 0) return (g) => cff[at + 1 + g];
  const n = cff.readUInt16BE(at + 1);
  const fd = new Uint8Array(nGlyphs);
  for (let r = 0; r < n; r++) {
    const first = cff.readUInt16BE(at + 3 + 3 * r);
    const next = r + 1 < n ? cff.readUInt16BE(at + 3 + 3 * (r + 1)) : cff.readUInt16BE(at + 3 + 3 * n);
    fd.fill(cff[at + 5 + 3 * r], first, Math.min(next, nGlyphs));
  }
  return (g) => fd[g];
}

const NO_SUBRS = { count: 0 };
const bias = (count) => (count < 1240 ? 107 : count < 33900 ? 1131 : 32768);

/**
 * The subroutines glyph `g`'s charstring calls, directly or not, added to `usedLocal` and `usedGlobal`: a Type 2
 * charstring read as far as it takes to know each call's number (the operand stack, and the stem count that says
 * how many bytes a hintmask has).
 */
function markSubrs(charstring, local, global, usedLocal, usedGlobal) {
  const stack = [];
  const state = { stems: 0, done: false };
  const run = (code, depth) => {
    for (let i = 0; i < code.length && !state.done; ) {
      const b = code[i];
      if (b >= 32 || b === 28) {
        if (b === 28) {
          stack.push(code.readInt16BE(i + 1));
          i += 3;
        } else if (b <= 246) {
          stack.push(b - 139);
          i++;
        } else if (b <= 250) {
          stack.push((b - 247) * 256 + code[i + 1] + 108);
          i += 2;
        } else if (b <= 254) {
          stack.push(-(b - 251) * 256 - code[i + 1] - 108);
          i += 2;
        } else {
          stack.push(code.readInt32BE(i + 1) / 65536);
          i += 5;
        }
        continue;
      }
      i++;
      if (b === 10 || b === 29) {
        const subrs = b === 10 ? local : global;
        const used = b === 10 ? usedLocal : usedGlobal;
        const n = stack.pop() + bias(subrs.count);
        if (!(n >= 0 && n < subrs.count) || depth > 10) throw new Error('charstring calls a subroutine that is not there');
        used.add(n);
        run(subrs.item(n), depth + 1);
      } else if (b === 11) return;
      else if (b === 14) state.done = true;
      else if (b === 1 || b === 3 || b === 18 || b === 23) {
        state.stems += stack.length >> 1;
        stack.length = 0;
      } else if (b === 19 || b === 20) {
        state.stems += stack.length >> 1;
        stack.length = 0;
        i += (state.stems + 7) >> 3;
      } else {
        if (b === 12) i++;
        stack.length = 0;
      }
    }
  };
  run(charstring, 0);
}

/** The CFF with the charstrings of glyphs outside `keep`, and subroutines no kept glyph calls, emptied. */
function hollowCff(cff, keep) {
  const endchar = Buffer.from([14]);
  const ret = Buffer.from([11]);
  const usedGlobal = new Set();
  const usedLocal = cff.fonts.map(() => new Set());
  for (const g of keep) {
    if (g >= cff.nGlyphs) continue;
    const fd = cff.fdOf(g);
    markSubrs(cff.charstrings.item(g), cff.fonts[fd]?.privateBlock?.subrs ?? NO_SUBRS, cff.globalSubrs, usedLocal[fd], usedGlobal);
  }
  const hollowed = (index, used) => hollowIndex(cff.cff, index, used, ret);
  // Each Private DICT, its local Subrs right after it (their offset, from the DICT's start, is the DICT's size).
  const blocks = cff.fonts.map((f, i) => {
    if (!f.privateBlock) return { size: 0, bytes: Buffer.alloc(0) };
    const { dict, subrs } = f.privateBlock;
    if (!subrs) {
      const bytes = writeDict(dict, new Map());
      return { size: bytes.length, bytes };
    }
    const size = writeDict(dict, new Map([[SUBRS, [0]]])).length;
    return { size, bytes: Buffer.concat([writeDict(dict, new Map([[SUBRS, [size]]])), hollowed(subrs, usedLocal[i])]) };
  });
  const gsubrs = hollowed(cff.globalSubrs, usedGlobal);
  const charstrings = hollowIndex(cff.cff, cff.charstrings, keep, endchar);
  const header = Buffer.from(cff.header);
  header[2] = 4;
  // Layout: header, Name, Top DICT, String, Global Subrs, charset, FDSelect, CharStrings, FDArray, Private blocks.
  // The Top DICT's offsets are 5-byte integers, so its size is known before they are.
  const topFixed = new Map([
    [CHARSET, [0]],
    [FDSELECT, [0]],
    [CHARSTRINGS, [0]],
    [FDARRAY, [0]],
  ]);
  const topSize = writeIndex([writeDict(cff.top, topFixed)]).length;
  let at = 4 + cff.names.length + topSize + cff.strings.length + gsubrs.length;
  const charsetAt = at;
  at += cff.charset.length;
  const fdselectAt = at;
  at += cff.fdselect.length;
  const charstringsAt = at;
  at += charstrings.length;
  const fdArrayAt = at;
  const fdDicts = (privateAts) =>
    cff.fonts.map((f, i) => writeDict(f.dict, f.privateBlock ? new Map([[PRIVATE, [blocks[i].size, privateAts[i]]]]) : new Map()));
  at += writeIndex(fdDicts(cff.fonts.map(() => 0))).length;
  const privateAts = blocks.map((block) => {
    const p = at;
    at += block.bytes.length;
    return p;
  });
  topFixed.set(CHARSET, [charsetAt]);
  topFixed.set(FDSELECT, [fdselectAt]);
  topFixed.set(CHARSTRINGS, [charstringsAt]);
  topFixed.set(FDARRAY, [fdArrayAt]);
  return Buffer.concat([
    header,
    cff.names,
    writeIndex([writeDict(cff.top, topFixed)]),
    cff.strings,
    gsubrs,
    cff.charset,
    cff.fdselect,
    charstrings,
    writeIndex(fdDicts(privateAts)),
    ...blocks.map((block) => block.bytes),
  ]);
}
