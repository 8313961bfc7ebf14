// Every migration, in order. `npm run migration:generate -- <Name>` appends here.
import { Foundation1795803023273 } from "./1795803023273-Foundation";
export const MIGRATIONS: Function[] = [Foundation1795803023273];
