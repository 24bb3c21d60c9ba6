// protobufjs reads a proto3 string (reader.stringVerify → util.utf8.readStrict) shorter
// than 64 bytes by appending 8 characters at a time: each resource name, version and type
// URL of an xDS response becomes a tree of string pieces (≈ 1 KB per resource with the
// rest of the decoded envelope, 119 MB for a 120k-resource push), and the names and
// versions the client keeps stay such trees. This replaces readStrict, once per thread, by
// the same decoding done in one piece: ASCII bytes are read natively as one flat string,
// anything else goes to a fatal TextDecoder exactly as protobufjs sends its non-ASCII
// input there (same result, same error for invalid UTF-8). Imported for its effect by
// the modules that decode with the generated code.
import $protobuf from "protobufjs/minimal.js";

interface Utf8 {
  readStrict(buffer: Uint8Array, start: number, end: number): string;
  flatStrings?: true;
}

const utf8 = ($protobuf.util as unknown as { utf8: Utf8 }).utf8;
if (!utf8.flatStrings) {
  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const latin1 = Buffer.prototype.latin1Slice;
  const original = utf8.readStrict.bind(utf8);
  utf8.readStrict = (buffer, start, end) => {
    // protobufjs also reads plain arrays: those keep its own reader.
    if (!(buffer instanceof Uint8Array)) return original(buffer, start, end);
    if (end - start < 1) return "";
    for (let i = start; i < end; i++) {
      if (buffer[i]! >= 0x80) return strict.decode(buffer.subarray(start, end));
    }
    return latin1.call(buffer, start, end) as string;
  };
  utf8.flatStrings = true;
}
