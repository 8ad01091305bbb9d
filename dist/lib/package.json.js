const version = "0.3.1";

export { version };
