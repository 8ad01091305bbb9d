const version = "0.2.0";

export { version };
