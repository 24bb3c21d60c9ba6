// The State implementations the state and selection tests run against: the per-thread copy
// (src/state/store.ts), the shared tables read by their writer, and the shared tables read
// through a handle as another thread does (attachSharedState: generations arrive on a port,
// so table growth is exercised on the reader side too).
import { attachSharedState } from "../../src/state/shared/attach.ts";
import { createSharedState } from "../../src/state/shared/writer.ts";
import { createState, type State } from "../../src/state/store.ts";

function attached(): State {
  const writer = createSharedState();
  const reader = attachSharedState(writer.share());
  return {
    ...reader,
    get version() {
      return reader.version;
    },
    apply: (d) => writer.apply(d),
    fullDelta: () => writer.fullDelta(),
  };
}

export const STATE_IMPLS: ReadonlyArray<readonly [string, () => State]> = [
  ["copy", createState],
  ["shared", () => createSharedState()],
  ["shared via handle", attached],
];
