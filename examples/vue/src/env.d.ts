/// <reference types="vite/client" />
/// <reference types="ktech-pass-assessment/types/vue" />
