import { Interface, JsonRpcProvider, getAddress, hashMessage, isAddress, verifyMessage } from 'ethers';

const erc1271 = new Interface(['function isValidSignature(bytes32 hash, bytes signature) view returns (bytes4)']);
/** bytes4(keccak256("isValidSignature(bytes32,bytes)")): what a contract wallet returns for yes. */
const ERC1271_MAGIC = '0x1626ba7e';

/** Whether `signature` is `address`'s EIP-191 signature of `message`. */
export type SignatureVerifier = (message: string, signature: string, address: string) => Promise<boolean>;

/** A verifier bound to a node (for contract wallets), or recovery only without one. */
export const signatureVerifier =
  (provider?: JsonRpcProvider): SignatureVerifier =>
  (message, signature, address) =>
    verifyPersonalSignature(message, signature, address, provider);

/** A checksummed address, or undefined when the text is not an address. */
export function normalizeAddress(text: string): string | undefined {
  return isAddress(text) ? getAddress(text) : undefined;
}

/**
 * Whether `signature` is `address`'s EIP-191 signature of `message`: by recovery for an
 * ordinary account, else (when a node is given and the address holds code) by asking the
 * contract wallet through EIP-1271. Malformed signatures are simply invalid.
 */
export async function verifyPersonalSignature(message: string, signature: string, address: string, provider?: JsonRpcProvider): Promise<boolean> {
  try {
    if (verifyMessage(message, signature).toLowerCase() === address.toLowerCase()) return true;
  } catch {
    // not an ECDSA signature; a contract wallet may still accept it
  }
  if (!provider || !/^0x[0-9a-fA-F]*$/.test(signature)) return false;
  try {
    if ((await provider.getCode(address)) === '0x') return false;
    const data = erc1271.encodeFunctionData('isValidSignature', [hashMessage(message), signature]);
    const result = await provider.call({ to: address, data });
    return result.slice(0, 10).toLowerCase() === ERC1271_MAGIC;
  } catch {
    return false;
  }
}
