import type { Request, Response } from "express";
import type { RequestContext } from "../graphql/context";

/** The GraphQL request context for a plain HTTP route: same token, request id and clock. */
export type RequestContextFor = (req: Request, res: Response) => Promise<RequestContext>;
