/**
 * A string-keyed map for the few distinct task types, models and phases a store has: a linear
 * scan of a short array (string equality, no hashing of a freshly parsed string) up to 16 keys,
 * a Map beyond. Keys come back in insertion order.
 */
export class SmallMap<V> {
  private names: string[] = [];
  private values: V[] = [];
  private map: Map<string, V> | undefined;
  get(key: string): V | undefined {
    if (this.map !== undefined) return this.map.get(key);
    const names = this.names;
    for (let i = 0; i < names.length; i++) if (names[i] === key) return this.values[i];
    return undefined;
  }
  set(key: string, value: V): void {
    if (this.map !== undefined) {
      this.map.set(key, value);
      return;
    }
    this.names.push(key);
    this.values.push(value);
    if (this.names.length > 16) this.map = new Map(this.names.map((n, i) => [n, this.values[i]]));
  }
  keys(): string[] {
    return this.map !== undefined ? [...this.map.keys()] : [...this.names];
  }
}
