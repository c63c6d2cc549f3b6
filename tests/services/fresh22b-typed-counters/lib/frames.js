'use strict';
// Binary frames: an 8-byte header written through a DataView over a buffer kept by the module,
// the payload encoded with TextEncoder.encodeInto into a scratch buffer that is reused.
const header = new ArrayBuffer(8);
const view = new DataView(header);
const scratch = new Uint8Array(32);
const encoder = new TextEncoder();
let sequence = 0;

function frame(type, text) {
  sequence++;
  view.setUint32(0, sequence);
  view.setUint16(4, type);
  const { written } = encoder.encodeInto(text, scratch);
  view.setUint16(6, written);
  return Buffer.concat([Buffer.from(header), Buffer.from(scratch.subarray(0, written))]).toString('base64');
}

// what the last frame left in the shared buffers, read through other views
function last() {
  const bytes = new Uint8Array(header);
  const len = new DataView(header).getUint16(6);
  return { header: Buffer.from(bytes).toString('hex'), text: new TextDecoder().decode(scratch.subarray(0, len)) };
}

module.exports = { frame, last };
