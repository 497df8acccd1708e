// The part of medium's API the benchmark uses (the package ships no types).
declare module "medium" {
  export interface Chan {
    readonly __chan: unique symbol;
  }
  export const CLOSED: unique symbol;
  export function chan(size?: number): Chan;
  export function put(ch: Chan, value: unknown): Promise<boolean>;
  export function take(ch: Chan): Promise<unknown>;
  export function close(ch: Chan): void;
  export function any(...ports: Chan[]): Promise<[unknown, Chan]>;
}
