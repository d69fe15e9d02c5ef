export { toast, Toaster } from 'react-hot-toast';
