package id.siksacademy.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Chart.js chart (the webjar, loaded at run time): give it a Chart.js configuration as maps and
 * lists; it draws when attached (again after a re-attach) once the library has loaded.
 */
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
public class ChartBox extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private Map<String, Object> config;

    public ChartBox() {
        addClassName("chart-box");
        getElement().appendChild(new com.vaadin.flow.dom.Element("canvas"));
    }

    public void setConfig(Map<String, Object> config) {
        this.config = config;
        if (isAttached()) {
            draw();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (config != null) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs("const draw = () => { if (!window.Chart) { setTimeout(draw, 100); return; }"
                + " if (this.chart) this.chart.destroy(); this.chart = new Chart(this.querySelector('canvas'), JSON.parse($0)); };"
                + " draw();", JSON.writeValueAsString(config));
    }
}
