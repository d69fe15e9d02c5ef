import { Component, type ErrorInfo, type ReactNode } from 'react';

interface KitBoundaryProps {
  readonly children?: ReactNode;
  /** Shown instead of the failed part: plain, with no kit logic that could fail again. */
  readonly fallback?: ReactNode;
}

/**
 * Keeps a failure inside the kit's own rendering from unmounting the host app: the kit is
 * shown exactly when things already went wrong, and must not make them worse.
 */
export class KitBoundary extends Component<KitBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Visible to developers; never rethrown.
    console.error('[vod-error-kit] a kit component failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
