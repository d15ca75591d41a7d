package app.nenpyo.export;

import app.nenpyo.render.ReportPainter;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a painted report page in one image format. */
public interface ImageWriter {
    void write(ReportPainter page, OutputStream out, ExportMonitor monitor) throws IOException;
}
