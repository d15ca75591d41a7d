package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

class SkinWiringTest {

    @Test
    void removesEveryListenerItAdded() {
        SimpleBooleanProperty era = new SimpleBooleanProperty();
        SimpleIntegerProperty zoom = new SimpleIntegerProperty();
        AtomicInteger redraws = new AtomicInteger();
        SkinWiring wiring = new SkinWiring();
        wiring.listen(o -> redraws.incrementAndGet(), era, zoom);

        era.set(true);
        zoom.set(2);
        assertEquals(2, redraws.get());

        wiring.removeAll();
        era.set(false);
        zoom.set(3);
        assertEquals(2, redraws.get(), "a disposed skin reacts to nothing");
    }
}
