const STORED_AS = { id: "other-visas", version: "1" };
const storedInstance = (host) => host.persistKey ?? host.id;

export { STORED_AS, storedInstance };
