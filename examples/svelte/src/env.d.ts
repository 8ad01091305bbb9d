/// <reference types="svelte" />
/// <reference types="vite/client" />
/// <reference types="ktech-pass-assessment/types/svelte" />
