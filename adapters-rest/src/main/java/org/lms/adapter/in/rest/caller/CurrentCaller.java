package org.lms.adapter.in.rest.caller;

import jakarta.enterprise.context.RequestScoped;
import org.lms.domain.identity.Actor;

/** The actor behind the current request, as the verified access token names it (anonymous without one). */
@RequestScoped
public class CurrentCaller {

    private Actor actor = Actor.anonymous();

    public Actor actor() {
        return actor;
    }

    void authenticate(Actor authenticated) {
        this.actor = authenticated;
    }
}
