/**
 * What stands in for a product's picture when it has none (an admin may create a product before its photos exist):
 * a quiet frame that says so, in the picture's square, so a card or a product page keeps its shape and does not look
 * broken or still loading. Hidden from screen readers, as a picture of a card is (the product's name says it all).
 */
export function NoPicture({ className = '' }: { className?: string }) {
  return (
    <div aria-hidden="true" className={`flex h-full w-full flex-col items-center justify-center gap-2 bg-neutral-100 text-neutral-600 ${className}`}>
      <svg viewBox="0 0 24 24" className="h-10 w-10" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
        <rect x="3" y="4" width="18" height="16" rx="2" />
        <circle cx="9" cy="10" r="1.75" />
        <path d="m21 16-5-5-9 9" />
      </svg>
      <span className="text-xs">No picture yet</span>
    </div>
  );
}
