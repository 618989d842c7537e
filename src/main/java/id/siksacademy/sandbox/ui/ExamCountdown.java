package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;

/**
 * The time an exam has left, counted down in the browser (no server round trip each second, on a
 * slow link) from what the server's clock says at render: the deadline shown, then at 10 and at 5
 * minutes a warning that stays, and at zero the page reloads so the server closes the attempt.
 */
class ExamCountdown extends Div {

    static final int FIRST_WARNING_MINUTES = 10;
    static final int LAST_WARNING_MINUTES = 5;

    ExamCountdown(Duration left, String deadlineText, java.util.function.Function<String, String> t) {
        addClassName("exam-countdown");
        setId("exam-countdown");
        var clock = new Span();
        clock.addClassName("exam-countdown-time");
        clock.setId("exam-time-left");
        var deadline = new Span(deadlineText);
        deadline.addClassName("exam-countdown-deadline");
        var warning = new Span();
        warning.addClassName("exam-countdown-warning");
        warning.setId("exam-warning");
        warning.getElement().setAttribute("role", "alert");
        add(clock, deadline, warning);
        clock.setText(t.apply("sandbox.countdown.left").replace("{0}", text(left.toSeconds())));
        getElement().executeJs("""
                const root = this, time = $0, warning = $1, end = performance.now() + $2 * 1000;
                const left = $3, warn10 = $4, warn5 = $5, over = $6;
                const pad = n => String(n).padStart(2, '0');
                const fmt = s => (s >= 3600 ? Math.floor(s / 3600) + ':' + pad(Math.floor(s / 60) % 60)
                    : Math.floor(s / 60)) + ':' + pad(s % 60);
                clearInterval(root._countdown);
                const tick = () => {
                  if (!root.isConnected) { clearInterval(root._countdown); return; }
                  const s = Math.max(0, Math.ceil((end - performance.now()) / 1000));
                  time.textContent = left.replace('{0}', fmt(s));
                  if (s <= 0) {
                    clearInterval(root._countdown);
                    root.classList.add('urgent');
                    warning.textContent = over;
                    setTimeout(() => location.reload(), 3000);
                  } else if (s <= $7 * 60) {
                    if (!root.classList.contains('urgent')) { root.classList.add('urgent'); warning.textContent = warn5; }
                  } else if (s <= $8 * 60) {
                    if (!root.classList.contains('warn')) { root.classList.add('warn'); warning.textContent = warn10; }
                  }
                };
                tick();
                root._countdown = setInterval(tick, 1000);
                """, clock.getElement(), warning.getElement(), left.toSeconds(), t.apply("sandbox.countdown.left"),
                t.apply("sandbox.countdown.warn10"), t.apply("sandbox.countdown.warn5"), t.apply("sandbox.countdown.over"),
                LAST_WARNING_MINUTES, FIRST_WARNING_MINUTES);
    }

    /** "1:05:09", "42:07" or "0:30", as the browser writes it too. */
    static String text(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
