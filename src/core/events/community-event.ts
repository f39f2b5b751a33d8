/** Every community-* event bubbles out of shadow roots, so a host page can listen anywhere. */
export abstract class CommunityEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, init: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }
}
