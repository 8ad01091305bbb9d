export declare const README: URL;
export declare function blockOf(text: string, name: string): string;
export declare function withBlock(text: string, name: string, content: string): string;
export declare function readBlock(name: string, file?: URL | string): string;
export declare function replaceBlock(name: string, content: string, file?: URL | string): boolean;
