// A consumer's ordinary setup: nothing special for the design system.
/** @type {import('next').NextConfig} */
export default { reactStrictMode: true };
