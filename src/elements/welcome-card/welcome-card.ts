import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { hasBodyText } from '../../core/body-text.js';
import { toCommunityError } from '../../core/errors.js';
import {
  CommunityDismissEvent,
  CommunityLoadEvent,
  CommunityOnboardingStepEvent,
} from '../../core/events/index.js';
import { safeUrl } from '../../core/safe-url.js';
import type {
  CommunityAdapter,
  Onboarding,
  OnboardingStep,
  Person,
  RequestOptions,
  Viewer,
} from '../../core/types.js';
import { formatNumber, interpolate, plural } from '../../i18n/format.js';
import { isolatedSentence } from '../../ui/isolated-sentence.js';
import type { Messages } from '../../i18n/messages.js';
import { addEnglish } from '../../i18n/catalogs.js';
import { welcomeCard as english } from '../../i18n/locales/en/welcome-card.js';
import { tokens } from '../../theme/tokens.js';
import { avatarStyles, renderAvatar } from '../../ui/avatar.js';
import { keepPlaceBeforeHiding } from '../../ui/keep-place.js';
import { renderMarkdown } from '../../ui/markdown.js';
import { renderErrorState, renderHandOff, stateStyles } from '../../ui/states.js';
import { CommunityElement } from '../community-element.js';
import {
  chooseProgress,
  completedSteps,
  createProgressStore,
  EMPTY_PROGRESS,
  isComplete,
  isSettled,
  parseStoredProgress,
  progressKey,
  toStoredProgress,
  withStep,
  type StoredProgress,
} from './progress-store.js';
import { welcomeCardStyles } from './welcome-card.styles.js';

// This widget's English comes in its own chunk, not in the bundle every page loads.
addEnglish({ welcomeCard: english });

const SOURCE = 'welcome-card';
/** How long "Welcome card hidden. Undo" stays when nobody is using it. */
const UNDO_MS = 8000;
const SKELETON_STEPS = 3;
/** The longest wait between two tries of a failed save. */
const MAX_SAVE_RETRY_MS = 60_000;

/** One store per page, so a card re-created on the same page finds what another saved. */
const progressStore = createProgressStore();

interface LoadedOnboarding {
  adapter: CommunityAdapter;
  onboarding: Onboarding;
  viewer: Viewer | undefined;
  /** The storage namespace this content was loaded for; saves go to the same one. */
  community: string;
  progress: StoredProgress | undefined;
}

type DismissPhase = 'none' | 'undo' | 'gone';

/**
 * Onboarding for new members: a welcome from the community team, the
 * community's guidelines, and a checklist of first steps whose progress is
 * remembered per community and viewer. A card that was completed or
 * dismissed stays away for that viewer on later visits.
 *
 * The content comes from the adapter's `getOnboarding()`: the memory adapter
 * ships a demo welcome, a REST backend serves `GET /onboarding`, and since
 * Discourse has no onboarding API the Discourse adapter takes it from its own
 * configuration. Progress is saved through the adapter's
 * `saveOnboardingProgress` when it has one, and always in `localStorage`
 * (in memory when storage is unavailable) under
 * `community-widgets:onboarding:<community>:<viewer id or "anonymous">`, so a
 * reload restores it at once. The backend's copy wins when it has one, except
 * over changes it never confirmed: when a save fails, this browser's copy is
 * kept, and sent again after a while (the wait doubling up to a minute) for
 * as long as the page is open, when the browser is back online, and on the
 * next visit. Every change starts from what this browser holds now, so two
 * tabs never overwrite each other's ticks or dismissal.
 *
 * Like every widget, it asks the backend nothing until it nears the viewport,
 * unless `eager`. A failed load shows an error with Try again; when the
 * failure was being offline, the card also tries again by itself once the
 * browser is back online.
 *
 * @element community-welcome-card
 *
 * @csspart title - The welcome heading.
 * @csspart body - The welcome message, rendered from markdown through the sanitizer.
 * @csspart step - One step of the checklist.
 * @csspart progress - The "2 of 5 done" text and its bar.
 * @csspart button - Dismiss, Close, Undo and Try again.
 * @csspart action - A step's action link.
 * @csspart avatar - The welcome message author's avatar.
 *
 * @cssprop [--community-welcome-card-padding=calc(var(--community-space, 0.75rem) * 1.5)] - Space inside the card.
 * @cssprop [--community-welcome-card-accent=var(--community-brand)] - The band along the card's top edge.
 * @cssprop [--community-welcome-card-progress-color=the success green] - The progress bar's fill.
 *
 * @fires community-onboarding-step - A step was checked or unchecked; detail `{ stepId, done, completedCount, totalCount }`.
 * @fires community-dismiss - The card was dismissed or closed (`undone: false`), or Undo brought it back (`undone: true`).
 * @fires community-load - The onboarding content arrived; `count` is the number of steps.
 * @fires community-error - The onboarding content could not be loaded; the card shows an error with Try again.
 */
export class CommunityWelcomeCard extends CommunityElement {
  static override styles = [tokens, avatarStyles, stateStyles, welcomeCardStyles];

  /** Offer a button that hides the card for this viewer, with Undo. */
  @property({ type: Boolean, reflect: true }) dismissible = false;
  /** Names the community in the storage key, so two communities on one origin keep separate progress. */
  @property() community = 'default';
  /** Show the card even when this viewer dismissed or completed it (for admins checking the content). */
  @property({ type: Boolean }) preview = false;

  @state() private progress: StoredProgress = EMPTY_PROGRESS;
  /** The viewer dismissed or completed the card on an earlier visit: render nothing. */
  @state() private stayAway = false;
  /**
   * A card that stays away takes no space, so it never nears the viewport;
   * it still loads when this browser holds changes the backend never
   * confirmed (a dismissal made offline), to send them again.
   */
  #unsyncedWhileAway = false;
  @state() private dismissPhase: DismissPhase = 'none';
  /** Only a completion that happens in front of the person gets the celebration. */
  @state() private celebrate = false;
  @state() private saveFailed = false;
  /** Whether this browser's storage holds the progress, so the save note says only what is true. */
  @state() private keptHere = true;

  /**
   * The first wait before a failed save is sent again; it doubles, up to a
   * minute, for as long as the page is open.
   */
  static saveRetryMs = 2000;
  @state() private announcement = '';

  /** Once shown, a completed card stays until the person closes it. */
  #shownThisVisit = false;
  #undoTimer: ReturnType<typeof setTimeout> | undefined;
  #undoExpired = false;
  #focusAfterRender: 'undo' | 'restore' | undefined;
  #saves: Promise<void> = Promise.resolve();
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #retryDelayMs = 0;

  readonly #onboardingTask = new Task(this, {
    task: async ([shouldLoad, loadAdapter, community], { signal }) => {
      if (!shouldLoad) return initialState;
      const { adapter, reload } = await this.openAdapter(loadAdapter, signal);
      const opts: RequestOptions = { signal, reload };
      const [onboarding, viewer, remoteProgress] = await Promise.all([
        adapter.getOnboarding(opts),
        // Optional capabilities: a failure in either only costs personalisation or the remote copy.
        adapter.getViewer ? adapter.getViewer(opts).catch(() => null) : null,
        adapter.getOnboardingProgress
          ? adapter.getOnboardingProgress(opts).catch(() => null)
          : null,
      ]);
      const knownViewer = viewer ?? undefined;
      const progress = chooseProgress(
        progressStore.read(community, knownViewer?.id),
        toStoredProgress(remoteProgress),
      );
      return { adapter, onboarding, viewer: knownViewer, community, progress };
    },
    args: () =>
      [
        this.eager || this.nearViewport || this.#unsyncedWhileAway,
        this.config.loadAdapter,
        this.community,
      ] as const,
    onComplete: (loaded) => {
      this.#applyLoadedProgress(loaded);
      // Changes a failed save left behind, on this visit or an earlier one, go again.
      if (this.progress.unsynced && loaded.adapter.saveOnboardingProgress) {
        this.#saveProgress(this.progress, loaded);
      }
      this.dispatchEvent(
        new CommunityLoadEvent({ source: SOURCE, count: loaded.onboarding.steps.length }),
      );
    },
    onError: (error) => this.reportLoadError(SOURCE, error, () => this.refresh()),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#resendFailedSave);
    window.addEventListener('storage', this.#takeOtherTabsProgress);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#resendFailedSave);
    window.removeEventListener('storage', this.#takeOtherTabsProgress);
    clearTimeout(this.#undoTimer);
    clearTimeout(this.#retryTimer);
    if (this.dismissPhase === 'undo') this.dismissPhase = 'gone';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the first request: a card dismissed or completed on an earlier
    // visit renders nothing at all, instead of a skeleton that then collapses.
    if (!this.hasUpdated) {
      const last = progressStore.lastShown(this.community);
      this.stayAway = isSettled(last);
      this.#unsyncedWhileAway = this.stayAway && last?.unsynced === true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#isHidden) this.internals.states.add('hidden');
    else this.internals.states.delete('hidden');
    const focusTarget = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    if (focusTarget === 'undo') {
      this.renderRoot.querySelector<HTMLElement>('.undo-bar button')?.focus();
    } else if (focusTarget === 'restore') {
      const root = this.renderRoot;
      // Back to the button that hid the card, or to its heading.
      (
        root.querySelector<HTMLElement>('.dismiss, .all-set button') ??
        root.querySelector<HTMLElement>('.title')
      )?.focus();
    }
  }

  /** Loads the onboarding content again. */
  refresh(): Promise<unknown> {
    this.requestReload();
    return this.#onboardingTask.run();
  }

  get #isHidden(): boolean {
    if (this.dismissPhase === 'gone') return true;
    if (this.dismissPhase === 'undo' || this.preview) return false;
    return this.stayAway;
  }

  override render() {
    if (this.#isHidden) return nothing;
    const messages = this.messages;
    if (!messages) return this.#renderSkeleton(undefined);
    if (this.dismissPhase === 'undo') return this.#renderUndoBar(messages);
    return this.#onboardingTask.render({
      initial: () => this.#renderSkeleton(messages),
      pending: () => {
        const loaded = this.#onboardingTask.value;
        return loaded ? this.#renderCard(loaded, messages) : this.#renderSkeleton(messages);
      },
      complete: (loaded) => this.#renderCard(loaded, messages),
      error: (error) =>
        html`<section class="card" aria-label=${messages.welcomeCard.defaultTitle}>
          ${renderErrorState(messages, toCommunityError(error), () => void this.refresh())}
        </section>`,
    });
  }

  #renderCard(loaded: LoadedOnboarding, messages: Messages) {
    const { welcomeCard } = messages;
    const { onboarding, viewer } = loaded;
    const title = onboarding.title || welcomeCard.defaultTitle;
    const busy = this.#onboardingTask.status === TaskStatus.PENDING;
    return html`<section class="card" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      <div class="header">
        <div class="headings">
          <h2 id="title" class="title" part="title" tabindex="-1" dir="auto">
            ${viewer ? isolatedSentence(welcomeCard.greeting, { name: viewer.name }) : title}
          </h2>
          ${viewer ? html`<p class="subtitle" dir="auto">${title}</p>` : nothing}
        </div>
        ${
          this.dismissible
            ? html`<button
                class="icon-button dismiss"
                part="button"
                aria-label=${welcomeCard.dismiss}
                @click=${() => this.#dismiss()}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" /></svg>
              </button>`
            : nothing
        }
      </div>
      ${this.#renderMessage(onboarding)} ${this.#renderAuthor(onboarding.author, messages)}
      ${this.#renderGuidelines(onboarding, messages)} ${this.#renderChecklist(onboarding, messages)}
      ${
        this.saveFailed
          ? html`<p class="save-note">
              ${this.keptHere ? welcomeCard.saveFailed : welcomeCard.saveRetrying}
            </p>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  #renderMessage({ message }: Onboarding) {
    if (!hasBodyText(message)) return nothing;
    return html`<div class="body" part="body" dir="auto">
      ${renderMarkdown(message, { placeholder: messagePlaceholder })}
    </div>`;
  }

  #renderAuthor(author: Person | undefined, messages: Messages) {
    if (!author) return nothing;
    const role =
      author.role === 'staff'
        ? messages.welcomeCard.roleStaff
        : author.role === 'moderator'
          ? messages.welcomeCard.roleModerator
          : undefined;
    return html`<div class="author">
      ${renderAvatar(author)}
      <span class="author-name">
        <strong>${author.name}</strong>
        ${role ? html`<span class="author-role">${role}</span>` : nothing}
      </span>
    </div>`;
  }

  #renderGuidelines(onboarding: Onboarding, messages: Messages) {
    const guidelines = onboarding.guidelines;
    if (!guidelines || typeof guidelines.summary !== 'string') return nothing;
    const url = safeUrl(guidelines.url);
    return html`<section class="guidelines" aria-labelledby="guidelines-title">
      <h3 id="guidelines-title" class="section-title">${messages.welcomeCard.guidelines}</h3>
      <p dir="auto">${guidelines.summary}</p>
      ${
        url
          ? html`<a class="link" href=${url}>${messages.welcomeCard.readGuidelines}${arrow}</a>`
          : nothing
      }
    </section>`;
  }

  #renderChecklist(onboarding: Onboarding, messages: Messages) {
    const { welcomeCard } = messages;
    const allSteps = onboarding.steps;
    if (!allSteps.length) {
      return renderHandOff(messages, {
        askUrl: this.config.askUrl,
        supportUrl: this.config.supportUrl,
      });
    }
    const done = new Set(completedSteps(this.progress, allSteps));
    const complete = done.size === allSteps.length;
    return html`<section class="checklist" aria-labelledby="steps-title">
      <div class="checklist-head">
        <h3 id="steps-title" class="section-title">${welcomeCard.steps}</h3>
        <div class="progress" part="progress">
          <span id="progress-text" class="progress-text"
            >${this.#progressText(done.size, allSteps.length)}</span
          >
          <progress
            aria-labelledby="progress-text"
            max=${allSteps.length}
            .value=${done.size}
          ></progress>
        </div>
      </div>
      <ol class="steps" role="list">
        ${allSteps.map((step, index) =>
          this.#renderStep(step, index, done.has(step.id), allSteps, messages),
        )}
      </ol>
      ${complete ? this.#renderAllSet(messages) : nothing}
    </section>`;
  }

  #renderStep(
    step: OnboardingStep,
    index: number,
    done: boolean,
    allSteps: OnboardingStep[],
    messages: Messages,
  ) {
    const id = `step-${index}`;
    const actionUrl = safeUrl(step.actionUrl);
    return html`<li class=${classMap({ step: true, done })} part="step">
      <input
        type="checkbox"
        id=${id}
        .checked=${done}
        aria-describedby=${step.description ? `${id}-description` : nothing}
        @change=${(event: Event) =>
          this.#toggleStep(step, (event.target as HTMLInputElement).checked, allSteps)}
      />
      <span class="step-text" dir="auto">
        <label class="step-title" for=${id}>${step.title}</label>
        ${
          step.description
            ? html`<p class="step-description" id="${id}-description">${step.description}</p>`
            : nothing
        }
      </span>
      ${
        actionUrl
          ? html`<a class="link step-action" part="action" href=${actionUrl}
              >${step.actionLabel || messages.welcomeCard.defaultAction}${arrow}</a
            >`
          : nothing
      }
    </li>`;
  }

  #renderAllSet(messages: Messages) {
    const { welcomeCard } = messages;
    return html`<div class=${classMap({ 'all-set': true, celebrate: this.celebrate })}>
      <span class="badge" aria-hidden="true">
        <svg viewBox="0 0 24 24"><path d="m5 12.5 4.5 4.5L19 7.5" /></svg>
      </span>
      <span class="all-set-text">
        <strong>${welcomeCard.allSet}</strong>
        <span>${welcomeCard.allSetHint}</span>
      </span>
      <button class="button" part="button" @click=${() => this.#dismiss()}>
        ${welcomeCard.close}
      </button>
    </div>`;
  }

  #renderUndoBar(messages: Messages) {
    return html`<div
      class="undo-bar"
      role="group"
      aria-label=${messages.welcomeCard.hidden}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        keepPlaceBeforeHiding(this);
        this.#hideUndoBar();
      }}
      @focusout=${(event: FocusEvent) => {
        const bar = event.currentTarget as HTMLElement;
        if (this.#undoExpired && !bar.contains(event.relatedTarget as Node | null))
          this.#hideUndoBar();
      }}
    >
      <p role="status">${messages.welcomeCard.hidden}</p>
      <button class="button" part="button" @click=${() => this.#undo()}>
        ${messages.welcomeCard.undo}
      </button>
    </div>`;
  }

  #renderSkeleton(messages: Messages | undefined) {
    return html`<section
      class="card skeleton"
      aria-label=${messages?.welcomeCard.defaultTitle ?? nothing}
      aria-busy="true"
    >
      <span>
        <span class="skeleton-bar title-bar"></span>
        <span class="skeleton-bar subtitle-bar"></span>
      </span>
      <span class="lines">
        <span class="skeleton-bar line"></span>
        <span class="skeleton-bar line"></span>
        <span class="skeleton-bar line short"></span>
      </span>
      <span class="author">
        <span class="avatar skeleton-bar"></span>
        <span class="skeleton-bar line"></span>
      </span>
      <span class="guidelines skeleton-bar"></span>
      <span class="lines">
        <span class="skeleton-bar line short"></span>
        <span class="skeleton-bar"></span>
      </span>
      <span class="steps">
        ${Array.from(
          { length: SKELETON_STEPS },
          () =>
            html`<span class="step">
              <span class="skeleton-bar box"></span>
              <span class="lines">
                <span class="skeleton-bar line short"></span>
                <span class="skeleton-bar line"></span>
              </span>
            </span>`,
        )}
      </span>
      ${messages ? html`<span class="visually-hidden">${messages.common.loading}</span>` : nothing}
    </section>`;
  }

  #progressText(done: number, total: number): string {
    const forms = this.messages!.welcomeCard.progress;
    return interpolate(plural(this.lang_, forms, total), {
      done: formatNumber(this.lang_, done),
    });
  }

  /** Runs before the loaded content first renders, so content and progress appear together. */
  #applyLoadedProgress(loaded: LoadedOnboarding): void {
    const allSteps = loaded.onboarding.steps;
    let progress = loaded.progress ?? EMPTY_PROGRESS;
    // A backend's copy has no completion time; the next visit needs one to stay away at once.
    if (isComplete(progress, allSteps) && !progress.completedAt) {
      progress = { ...progress, completedAt: new Date().toISOString() };
    }
    this.progress = progress;
    progressStore.write(loaded.community, loaded.viewer?.id, progress);
    if (!this.#shownThisVisit) this.stayAway = progress.dismissed || isComplete(progress, allSteps);
    if (!this.#isHidden) this.#shownThisVisit = true;
  }

  #toggleStep(step: OnboardingStep, done: boolean, allSteps: OnboardingStep[]): void {
    const current = this.#current();
    const wasComplete = isComplete(current, allSteps);
    const next = withStep(current, allSteps, step.id, done, new Date());
    const completedCount = completedSteps(next, allSteps).length;
    const complete = isComplete(next, allSteps);
    this.celebrate = complete && !wasComplete;
    this.announcement =
      complete && !wasComplete
        ? this.messages!.welcomeCard.allSet
        : this.#progressText(completedCount, allSteps.length);
    this.#saveProgress(next);
    this.dispatchEvent(
      new CommunityOnboardingStepEvent({
        stepId: step.id,
        done,
        completedCount,
        totalCount: allSteps.length,
      }),
    );
  }

  #dismiss(): void {
    this.#saveProgress({ ...this.#current(), dismissed: true });
    this.dismissPhase = 'undo';
    this.#focusAfterRender = 'undo';
    this.#undoExpired = false;
    clearTimeout(this.#undoTimer);
    this.#undoTimer = setTimeout(() => this.#expireUndo(), UNDO_MS);
    this.dispatchEvent(new CommunityDismissEvent({ source: SOURCE, id: SOURCE, undone: false }));
  }

  #undo(): void {
    clearTimeout(this.#undoTimer);
    this.#saveProgress({ ...this.#current(), dismissed: false });
    this.dismissPhase = 'none';
    this.#focusAfterRender = 'restore';
    this.dispatchEvent(new CommunityDismissEvent({ source: SOURCE, id: SOURCE, undone: true }));
  }

  /** Someone still on Undo keeps the bar until they move on, so it never vanishes under their focus. */
  #expireUndo(): void {
    this.#undoExpired = true;
    const bar = this.renderRoot.querySelector('.undo-bar');
    if (!bar?.contains(this.shadowRoot!.activeElement)) this.#hideUndoBar();
  }

  #hideUndoBar(): void {
    clearTimeout(this.#undoTimer);
    if (this.dismissPhase === 'undo') this.dismissPhase = 'gone';
  }

  /**
   * This browser's copy first, so a reload is instant; then the backend's, one
   * save at a time, in order. The local copy is marked unsynced until the
   * backend confirms it, so a save that fails is sent again rather than lost
   * under the backend's older copy on the next visit.
   */
  #saveProgress(
    progress: StoredProgress,
    // The task's value is not yet set while its onComplete runs.
    loaded: LoadedOnboarding | undefined = this.#onboardingTask.value,
  ): void {
    const save = loaded?.adapter.saveOnboardingProgress;
    const saving: StoredProgress = save ? { ...progress, unsynced: true } : progress;
    this.progress = saving;
    if (!loaded) return;
    this.keptHere = progressStore.write(loaded.community, loaded.viewer?.id, saving);
    if (!save) return;
    clearTimeout(this.#retryTimer);
    const snapshot = { completed: [...saving.completed], dismissed: saving.dismissed };
    this.#saves = this.#saves.then(async () => {
      try {
        await save.call(loaded.adapter, snapshot);
        this.saveFailed = false;
        this.#retryDelayMs = 0;
        // A change made meanwhile has its own save queued, and that one confirms it.
        if (this.progress !== saving) return;
        this.progress = { ...saving, unsynced: false };
        progressStore.write(loaded.community, loaded.viewer?.id, this.progress);
      } catch {
        this.saveFailed = true;
        this.#retryLater();
      }
    });
  }

  /**
   * What this browser holds now, which every change starts from: another tab
   * may have saved since this card last looked, and building a save from this
   * card's memory alone would throw that tab's ticks (or its dismissal) away,
   * here and on the backend.
   */
  #current(): StoredProgress {
    const loaded = this.#onboardingTask.value;
    const stored = loaded && progressStore.read(loaded.community, loaded.viewer?.id);
    if (!stored) return this.progress;
    return this.progress.unsynced ? { ...stored, unsynced: true } : stored;
  }

  /** Another tab saved progress for this card: show it, so the next change starts from it. */
  readonly #takeOtherTabsProgress = (event: StorageEvent): void => {
    const loaded = this.#onboardingTask.value;
    if (!loaded || event.key !== progressKey(loaded.community, loaded.viewer?.id)) return;
    const theirs = parseStoredProgress(event.newValue);
    if (theirs) this.progress = this.progress.unsynced ? { ...theirs, unsynced: true } : theirs;
  };

  /** A failed save goes again by itself, later and later, while the page lives. */
  #retryLater(): void {
    clearTimeout(this.#retryTimer);
    if (!this.isConnected) return;
    this.#retryDelayMs = Math.min(
      MAX_SAVE_RETRY_MS,
      this.#retryDelayMs ? this.#retryDelayMs * 2 : CommunityWelcomeCard.saveRetryMs,
    );
    this.#retryTimer = setTimeout(this.#resendFailedSave, this.#retryDelayMs);
  }

  /** Back online, or time for a retry, after a save failed: send the progress again, without a click. */
  readonly #resendFailedSave = (): void => {
    if (this.saveFailed && this.progress.unsynced) this.#saveProgress(this.#current());
  };
}

const arrow = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M5 12h14m-6-6 6 6-6 6" />
</svg>`;

/** Holds the message's place while the markdown pipeline loads, so the card does not jump. */
const messagePlaceholder = html`<span class="lines" aria-hidden="true">
  <span class="skeleton-bar line"></span>
  <span class="skeleton-bar line short"></span>
</span>`;

declare global {
  interface HTMLElementTagNameMap {
    'community-welcome-card': CommunityWelcomeCard;
  }
}
