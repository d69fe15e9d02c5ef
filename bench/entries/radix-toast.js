// Every part of @radix-ui/react-toast.
export * from '@radix-ui/react-toast';
