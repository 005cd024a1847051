package id.asn.career.talent;

import id.asn.career.talent.TalentViews.Cell;
import id.asn.career.talent.TalentViews.Grid;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws an agency's 9-box as a PNG with Java 2D (the JDK's drawing library): kinerja up, potential to the right,
 * the box numbers of docs/domain.md §4.4 and the count placed in each; the succession pool (7, 8, 9) shaded.
 */
final class GridPicture {

    private static final int CELL = 180;
    private static final int MARGIN = 90;
    private static final String[] KINERJA = {"Di Bawah", "Sesuai", "Di Atas"};
    private static final String[] POTENSIAL = {"Rendah", "Menengah", "Tinggi"};

    private GridPicture() {
    }

    static byte[] png(Grid grid) {
        int size = MARGIN + 3 * CELL + 20;
        BufferedImage image = new BufferedImage(size, size + 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString("Kotak manajemen talenta " + grid.year() + " (" + grid.total() + " ASN)", 20, 28);
            for (Cell cell : grid.cells()) {
                int column = NineBoxRule.Potensial.valueOf(cell.potensial()).ordinal();
                int row = 2 - NineBoxRule.Kinerja.valueOf(cell.kinerja()).ordinal();
                int x = MARGIN + column * CELL;
                int y = 40 + row * CELL;
                g.setColor(cell.box() >= 7 ? new Color(0xC8E6C9) : cell.box() == 1 ? new Color(0xFFCDD2)
                        : new Color(0xFFF9C4));
                g.fillRect(x, y, CELL, CELL);
                g.setColor(Color.GRAY);
                g.setStroke(new BasicStroke(2));
                g.drawRect(x, y, CELL, CELL);
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
                g.drawString(String.valueOf(cell.box()), x + 10, y + 30);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
                String count = String.valueOf(cell.count());
                g.drawString(count, x + (CELL - g.getFontMetrics().stringWidth(count)) / 2, y + CELL / 2 + 15);
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            for (int i = 0; i < 3; i++) {
                g.drawString(POTENSIAL[i], MARGIN + i * CELL + 60, 40 + 3 * CELL + 22);
                AffineTransform saved = g.getTransform();
                g.rotate(-Math.PI / 2, 60, 40 + (2 - i) * CELL + CELL / 2 + 30);
                g.drawString(KINERJA[i], 60, 40 + (2 - i) * CELL + CELL / 2 + 30);
                g.setTransform(saved);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
