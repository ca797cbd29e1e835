//! Terminal events to actions, through the keymap.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use tui_input::InputRequest;

use super::action::{Action, Command};
use super::keymap::{Context, Key, Keymap};

/// Lines one wheel notch scrolls.
const WHEEL_LINES: i32 = 3;

/// The action an event stands for in `context`, if any. Mouse motion and key
/// releases stand for nothing, so they never cause a redraw.
pub fn action_for(event: &Event, keymap: &Keymap, context: Context) -> Option<Action> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => key_action(k, keymap, context),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll {
                column: m.column,
                row: m.row,
                lines: WHEEL_LINES,
            }),
            MouseEventKind::ScrollUp => Some(Action::Scroll {
                column: m.column,
                row: m.row,
                lines: -WHEEL_LINES,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

fn key_action(k: &KeyEvent, keymap: &Keymap, context: Context) -> Option<Action> {
    let key = Key::from_event(k);
    // Ctrl-C leaves from anywhere, whatever the config says.
    if key == Key::ctrl('c') {
        return Some(Action::Command(Command::Quit));
    }
    if let Some(c) = keymap.lookup(context, key) {
        return Some(Action::Command(c));
    }
    if context == Context::Edit {
        return edit_request(k).map(Action::Edit);
    }
    None
}

/// The line editor's fixed keys (readline-like).
pub fn edit_request(k: &KeyEvent) -> Option<InputRequest> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let alt = k.modifiers.contains(KeyModifiers::ALT);
    Some(match k.code {
        KeyCode::Char(c) if ctrl => match c.to_ascii_lowercase() {
            'a' => InputRequest::GoToStart,
            'e' => InputRequest::GoToEnd,
            'b' => InputRequest::GoToPrevChar,
            'f' => InputRequest::GoToNextChar,
            'w' | 'h' => InputRequest::DeletePrevWord,
            'u' => InputRequest::DeleteFromStart,
            'k' => InputRequest::DeleteTillEnd,
            'd' => InputRequest::DeleteNextChar,
            _ => return None,
        },
        KeyCode::Char(c) if alt => match c {
            'b' => InputRequest::GoToPrevWord,
            'f' => InputRequest::GoToNextWord,
            'd' => InputRequest::DeleteNextWord,
            _ => return None,
        },
        KeyCode::Char(c) => InputRequest::InsertChar(c),
        KeyCode::Backspace if alt || ctrl => InputRequest::DeletePrevWord,
        KeyCode::Backspace => InputRequest::DeletePrevChar,
        KeyCode::Delete => InputRequest::DeleteNextChar,
        KeyCode::Left if alt || ctrl => InputRequest::GoToPrevWord,
        KeyCode::Right if alt || ctrl => InputRequest::GoToNextWord,
        KeyCode::Left => InputRequest::GoToPrevChar,
        KeyCode::Right => InputRequest::GoToNextChar,
        KeyCode::Home => InputRequest::GoToStart,
        KeyCode::End => InputRequest::GoToEnd,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEventState, MouseEvent};

    fn key(code: KeyCode, mods: KeyModifiers) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers: mods,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        })
    }

    #[test]
    fn letters_are_commands_when_browsing_and_text_when_typing() {
        let map = Keymap::default();
        let p = key(KeyCode::Char('p'), KeyModifiers::NONE);
        assert_eq!(
            action_for(&p, &map, Context::Browse),
            Some(Action::Command(Command::People))
        );
        assert_eq!(
            action_for(&p, &map, Context::Edit),
            Some(Action::Edit(InputRequest::InsertChar('p')))
        );
        let enter = key(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(
            action_for(&enter, &map, Context::Edit),
            Some(Action::Command(Command::Open))
        );
        let bs = key(KeyCode::Backspace, KeyModifiers::NONE);
        assert_eq!(
            action_for(&bs, &map, Context::Browse),
            Some(Action::Command(Command::Back))
        );
        assert_eq!(
            action_for(&bs, &map, Context::Edit),
            Some(Action::Edit(InputRequest::DeletePrevChar))
        );
    }

    #[test]
    fn ctrl_c_always_quits() {
        let mut map = Keymap::default();
        map.rebind(Context::Browse, Command::Quit, vec![Key::ch('Q')]);
        let cc = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for ctx in [Context::Browse, Context::Edit] {
            assert_eq!(
                action_for(&cc, &map, ctx),
                Some(Action::Command(Command::Quit))
            );
        }
    }

    #[test]
    fn mouse_motion_and_releases_are_nothing() {
        let map = Keymap::default();
        let moved = Event::Mouse(MouseEvent {
            kind: MouseEventKind::Moved,
            column: 3,
            row: 4,
            modifiers: KeyModifiers::NONE,
        });
        assert_eq!(action_for(&moved, &map, Context::Browse), None);
        let release = Event::Key(KeyEvent {
            code: KeyCode::Char('j'),
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
        });
        assert_eq!(action_for(&release, &map, Context::Browse), None);
        let wheel = Event::Mouse(MouseEvent {
            kind: MouseEventKind::ScrollDown,
            column: 3,
            row: 4,
            modifiers: KeyModifiers::NONE,
        });
        assert_eq!(
            action_for(&wheel, &map, Context::Browse),
            Some(Action::Scroll {
                column: 3,
                row: 4,
                lines: 3
            })
        );
    }
}
