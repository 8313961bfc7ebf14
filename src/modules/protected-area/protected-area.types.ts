import { ConnectionType } from "../../graphql/pagination";
import { ProtectedAreaFlag } from "./protected-area-flag.entity";

export const ProtectedAreaFlagConnection = ConnectionType(ProtectedAreaFlag, "ProtectedAreaFlag");
