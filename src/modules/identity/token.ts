import { randomUUID } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { isUuid } from "../../shared/text";

const ISSUER = "esg-audit-portal";
/** Bounds that keep a signed but odd claim from reaching SQL as an out-of-range value. */
const MAX_GENERATION = 2_147_483_647;
const MAX_EXP = 253_402_300_799; // 9999-12-31T23:59:59Z

export interface TokenClaims {
  userId: string;
  /** `jti`: the id `logout` revokes. */
  tokenId: string;
  /** `gen`: the user's token generation at signing; bumped to end every earlier token. */
  generation: number;
  expiresAt: Date;
}

/**
 * HS256 bearer tokens. Times are wall-clock (jose's own clock), not the injectable business
 * clock: expiry must hold in real time whatever a test or a seed does with `ctx.clock`.
 */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly expiresIn: string,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(userId: string, generation = 0): Promise<string> {
    return new SignJWT({ gen: generation })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(userId)
      .setJti(randomUUID())
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(this.expiresIn)
      .sign(this.key);
  }

  /**
   * Null for any token that is malformed, forged or expired, and for one that lacks a claim
   * the server relies on (`exp`, a UUID `sub` and `jti`, an integer `gen`): such a token is
   * refused here, before it can reach SQL as a malformed id.
   */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: ["HS256"],
        requiredClaims: ["sub", "jti", "exp", "iat"],
      });
      const { sub, jti, exp, gen } = payload;
      if (!isUuid(sub)) return null;
      if (!isUuid(jti)) return null;
      if (typeof gen !== "number" || !Number.isInteger(gen) || gen < 0 || gen > MAX_GENERATION) {
        return null;
      }
      if (typeof exp !== "number" || exp > MAX_EXP) return null;
      return {
        userId: sub.toLowerCase(),
        tokenId: jti.toLowerCase(),
        generation: gen,
        expiresAt: new Date(exp * 1000),
      };
    } catch {
      return null;
    }
  }
}

declare module "../../graphql/context" {
  interface AppServices {
    tokens: TokenService;
  }
}
