// The per-request CSP nonce, handed from the Express server to every <script> React renders.
import { createContext, useContext } from "react";

export const NonceContext = createContext<string>("");
export const useNonce = () => useContext(NonceContext);
