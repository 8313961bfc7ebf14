/** How the protected-area checks reach the configuration (PROTECTED_AREA_BUFFER_KM). */
export interface ProtectedAreaSettings {
  bufferKm: number;
}

declare module "../../graphql/context" {
  interface AppServices {
    protectedAreas?: ProtectedAreaSettings;
  }
}
