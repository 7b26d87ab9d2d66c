import type { StandIn } from "../types.js";
import { downloadArtifact, uploadArtifact } from "./artifacts.js";
import { checkout } from "./checkout.js";
import { setupNode } from "./setup-node.js";

/**
 * The third-party actions the examples use, each played by a stand-in that follows that version's
 * documented behaviour. A stand-in plays the versions listed (the full commit SHAs the examples
 * pin, and their tags); another version is refused, so a pin bumped by Renovate makes the test
 * say which stand-in to check against the new release.
 */
interface Registered {
  standIn: StandIn;
  /** ref (a pinned commit or a tag) → the release it is */
  versions: Record<string, string>;
}

const REGISTRY: Record<string, Registered> = {
  "actions/checkout": {
    standIn: checkout,
    versions: { "11bd71901bbe5b1630ceea73d27597364c9af683": "v4.2.2", "v4.2.2": "v4.2.2", v4: "v4.2.2" },
  },
  "actions/setup-node": {
    standIn: setupNode,
    versions: { "1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a": "v4.2.0", "v4.2.0": "v4.2.0", v4: "v4.2.0" },
  },
  "actions/upload-artifact": {
    standIn: uploadArtifact,
    versions: { "65c4c4a1ddee5b72f698fdd19549f0f0fb45cf08": "v4.6.0", "v4.6.0": "v4.6.0", v4: "v4.6.0" },
  },
  "actions/download-artifact": {
    standIn: downloadArtifact,
    versions: { fa0a91b85d4f404e444e00e005971372dc801d16: "v4.1.8", "v4.1.8": "v4.1.8", v4: "v4.1.8" },
  },
};

/** The stand-in for `owner/repo@ref`, undefined when the action has none, an error for an unplayed version. */
export function standInFor(uses: string): { standIn: StandIn; version: string } | { unplayed: string } | undefined {
  const m = /^([^/@]+\/[^/@]+)@(.+)$/.exec(uses);
  if (!m) return undefined;
  const registered = REGISTRY[m[1].toLowerCase()];
  if (!registered) return undefined;
  const version = registered.versions[m[2]];
  if (!version) return { unplayed: `${m[1]}@${m[2]}: its stand-in plays ${[...new Set(Object.values(registered.versions))].join(", ")}` };
  return { standIn: registered.standIn, version };
}
