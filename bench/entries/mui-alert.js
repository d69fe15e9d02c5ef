// MUI's Alert renders with the default theme (no ThemeProvider needed); styles come from emotion.
export { Alert } from '@mui/material';
