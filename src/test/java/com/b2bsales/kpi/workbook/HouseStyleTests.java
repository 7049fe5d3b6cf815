package com.b2bsales.kpi.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.b2bsales.kpi.workbook.HouseStyle.Colour;
import com.b2bsales.kpi.workbook.HouseStyle.Format;
import com.b2bsales.kpi.workbook.HouseStyle.Rgb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseStyleTests {

    private static final Path SHIPPED = Path.of("reports-templates");

    @TempDir
    Path dir;

    @Test
    void shouldShipTheBuiltInStyleWithTheLogoPlaceholderInReportsTemplates() {
        // given the folder in the repository
        // when
        HouseStyle shipped = HouseStyle.load(SHIPPED);

        // then it spells out the built-in values, so the file documents them, and adds the logo
        HouseStyle builtIn = HouseStyle.builtIn();
        assertThat(shipped.source()).endsWith("house-style.properties");
        assertThat(shipped.fontName()).isEqualTo(builtIn.fontName());
        assertThat(shipped.fontSize()).isEqualTo(builtIn.fontSize());
        assertThat(shipped.titleFontSize()).isEqualTo(builtIn.titleFontSize());
        assertThat(shipped.colours()).isEqualTo(builtIn.colours());
        assertThat(shipped.chartColours()).isEqualTo(builtIn.chartColours());
        assertThat(shipped.formats()).isEqualTo(builtIn.formats());
        assertThat(builtIn.logo()).isEmpty();
        assertThat(shipped.logo()).hasValueSatisfying(logo -> {
            assertThat(logo.fileName()).isEqualTo("logo.png");
            assertThat(logo.width()).isEqualTo(480);
            assertThat(logo.height()).isEqualTo(120);
        });
    }

    @Test
    void shouldFallBackToTheBuiltInStyleWithoutTheFolder() {
        HouseStyle style = HouseStyle.load(dir.resolve("missing"));

        assertThat(style.source()).isEqualTo("built-in defaults");
        assertThat(style.colour(Colour.BAND)).isEqualTo(new Rgb(0x1F, 0x38, 0x64));
        assertThat(style.format(Format.PERCENT)).isEqualTo("0.0%");
    }

    @Test
    void shouldTakeTheKeysGivenAndKeepTheDefaultsOfTheOthers() throws IOException {
        // given a file that changes two things
        Files.writeString(dir.resolve("house-style.properties"), """
                # Acme red
                color.band = 7B1E2B
                format.money = #,##0.00 {currency}
                """);

        // when
        HouseStyle style = HouseStyle.load(dir);

        // then
        assertThat(style.colour(Colour.BAND)).isEqualTo(new Rgb(0x7B, 0x1E, 0x2B));
        assertThat(style.format(Format.MONEY)).isEqualTo("#,##0.00 {currency}");
        assertThat(style.colour(Colour.HEADER)).isEqualTo(HouseStyle.builtIn().colour(Colour.HEADER));
        assertThat(style.logo()).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownKeyNamingItAndTheFile() throws IOException {
        Files.writeString(dir.resolve("house-style.properties"), "colour.band = 7B1E2B\n");

        assertThatThrownBy(() -> HouseStyle.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("house-style.properties").hasMessageContaining("unknown key 'colour.band'")
                .hasMessageContaining("color.band");
    }

    @Test
    void shouldRefuseAColourThatIsNotSixHexDigits() throws IOException {
        Files.writeString(dir.resolve("house-style.properties"), "color.header = #D9E1F2\n");

        assertThatThrownBy(() -> HouseStyle.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("color.header = '#D9E1F2' is not a colour of six hex digits");
    }

    @Test
    void shouldRefuseALogoThatIsNotThere() throws IOException {
        Files.writeString(dir.resolve("house-style.properties"), "logo = acme.png\n");

        assertThatThrownBy(() -> HouseStyle.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("logo = 'acme.png': there is no file");
    }
}
