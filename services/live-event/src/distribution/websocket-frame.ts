/**
 * A broadcast framed once for every listener: the WebSocket text frame a server sends (RFC 6455
 * §5.2: FIN, opcode 1, no mask, no extension bits), header and payload in one buffer. Written as it
 * is to each listener's stream, it spares ws's per-send framing (a header allocated, the stream
 * corked, two chunks written with writev), which was most of the fan-out's own CPU per socket.
 */

/** A text frame and its payload (a view into the frame, for sockets that must go through ws). */
export interface TextFrame {
  frame: Buffer;
  payload: Buffer;
}

/** Frames `text` as a server's unfragmented text message, encoding it to UTF-8 once. */
export function serverTextFrame(text: string): TextFrame {
  const length = Buffer.byteLength(text, 'utf8');
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x81;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.write(text, headerLength, 'utf8');
  return { frame, payload: frame.subarray(headerLength) };
}
