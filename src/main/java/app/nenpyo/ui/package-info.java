/**
 * The desktop window. {@link app.nenpyo.ui.NenpyoApp} starts it; {@link app.nenpyo.ui.NenpyoShell}
 * owns the stage, the open project and the language; {@link app.nenpyo.ui.MainWindow} lays out
 * one project (documents and search results on the left, the reader in the centre, where the
 * timeline will go).
 *
 * <p>State lives in view models ({@code *ViewModel}: JavaFX properties and collections, no
 * controls), which reach the project only through {@link app.nenpyo.ui.ProjectGateway} and do
 * slow work through a {@link app.nenpyo.ui.TaskExecutor}, so they are tested on one thread
 * against an in-memory project. Texts come from the {@code messages_ja}/{@code messages_en}
 * bundles through {@link app.nenpyo.ui.Messages}, which also writes dates the Japanese way.
 */
package app.nenpyo.ui;
