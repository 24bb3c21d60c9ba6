// The embedded control plane's one error type. Codes:
//   ZTS_CONTROLPLANE_BAD_MESH   a mesh document is invalid (message names file, object, field)
//   ZTS_CONTROLPLANE_MESH_READ  the mesh path cannot be read
import { ZtsError } from "../../src/errors.ts";

export class ControlPlaneError extends ZtsError {}
