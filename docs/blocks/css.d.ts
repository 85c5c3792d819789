// Stylesheets are imported for their side effect only (Vite bundles them).
declare module '*.css';
