// This package is laid out by the platform foundation; its features arrive with their issues (see ARCHITECTURE.md).
export {};
