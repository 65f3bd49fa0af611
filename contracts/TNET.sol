// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title TNET, the community mining token
/// @notice Every TNET comes from mining: the only way to create tokens is `mintBatch`,
/// called by the platform's mint job with the rewards members earned. Supply is capped at
/// 6,000,000,000 TNET. Each mint gives the foundation its share (basis points, always below
/// 5000, so miners keep the majority). Minted tokens are plain ERC20: no pause, no lock,
/// no transfer hook.
contract TNET is ERC20, ERC20Permit, AccessControl {
    /// @notice Role allowed to call `mintBatch`.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @notice Maximum total supply: 6,000,000,000 TNET in base units (18 decimals).
    uint256 public constant CAP = 6_000_000_000 * 10 ** 18;

    /// @notice Upper bound (exclusive) of the foundation's share in basis points.
    uint256 public constant FOUNDATION_BPS_LIMIT = 5000;

    /// @dev Storage slots of OpenZeppelin ERC20's `_balances` and `_totalSupply` in this
    /// contract's layout; contracts/compile.ts refuses to build if they differ.
    uint256 private constant BALANCES_SLOT = 0;
    uint256 private constant TOTAL_SUPPLY_SLOT = 2;
    /// @dev keccak256("Transfer(address,address,uint256)")
    bytes32 private constant TRANSFER_EVENT = 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef;

    /// @notice The foundation's share of every minted gross amount, in basis points.
    uint256 public foundationBps;

    /// @notice The wallet that receives the foundation's share.
    address public foundation;

    /// @notice Batch ids already minted; a batch id mints at most once.
    mapping(bytes32 batchId => bool) public batchMinted;

    /// @notice The batch id was minted before.
    error TNETBatchAlreadyMinted(bytes32 batchId);
    /// @notice A batch must pay at least one recipient.
    error TNETEmptyBatch();
    /// @notice Recipients and amounts differ in length.
    error TNETLengthMismatch(uint256 recipients, uint256 amounts);
    /// @notice The recipient at `index` is the zero address.
    error TNETZeroRecipient(uint256 index);
    /// @notice The gross amount at `index` is zero.
    error TNETZeroAmount(uint256 index);
    /// @notice Minting would take the supply past the cap; `supplyAfter` is the supply the
    /// batch would reach, or the single amount that alone exceeds the cap.
    error TNETCapExceeded(uint256 supplyAfter, uint256 cap);
    /// @notice The foundation's share must stay below 5000 basis points.
    error TNETFoundationBpsTooHigh(uint256 bps);
    /// @notice The foundation (or the admin) cannot be the zero address.
    error TNETZeroAddress();

    /// @notice A batch was minted: `recipientCount` miners received `minersTotal` together
    /// and the foundation `foundationTotal`; per-recipient amounts are in the Transfer events.
    event TNETBatchMinted(bytes32 indexed batchId, uint256 recipientCount, uint256 minersTotal, uint256 foundationTotal);
    /// @notice The foundation's share changed.
    event FoundationBpsChanged(uint256 previousBps, uint256 newBps);
    /// @notice The foundation's wallet changed.
    event FoundationChanged(address indexed previousFoundation, address indexed newFoundation);

    /// @param admin Holder of DEFAULT_ADMIN_ROLE (grants MINTER_ROLE, sets the foundation).
    /// @param foundation_ The foundation's wallet.
    /// @param foundationBps_ The foundation's share in basis points, below 5000.
    constructor(address admin, address foundation_, uint256 foundationBps_) ERC20("TNET", "TNET") ERC20Permit("TNET") {
        if (admin == address(0) || foundation_ == address(0)) revert TNETZeroAddress();
        if (foundationBps_ >= FOUNDATION_BPS_LIMIT) revert TNETFoundationBpsTooHigh(foundationBps_);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        foundation = foundation_;
        foundationBps = foundationBps_;
        emit FoundationChanged(address(0), foundation_);
        emit FoundationBpsChanged(0, foundationBps_);
    }

    /// @notice Mints one batch of mining rewards. Each recipient receives its gross amount
    /// minus the foundation's share (gross * foundationBps / 10000, rounded down); the
    /// foundation receives the sum of those shares, so miners' and foundation's amounts add
    /// up to the gross total exactly.
    /// @param batchId The hash of the batch's manifest; a batch id mints once only.
    /// @param recipients Miners' wallets (a wallet may appear more than once).
    /// @param grossAmounts Gross amounts in base units, one per recipient, none zero.
    function mintBatch(bytes32 batchId, address[] calldata recipients, uint256[] calldata grossAmounts)
        external
        onlyRole(MINTER_ROLE)
    {
        uint256 n = recipients.length;
        if (n == 0) revert TNETEmptyBatch();
        if (n != grossAmounts.length) revert TNETLengthMismatch(n, grossAmounts.length);
        if (batchMinted[batchId]) revert TNETBatchAlreadyMinted(batchId);
        batchMinted[batchId] = true;

        uint256 bps = foundationBps;
        uint256 minersTotal;
        uint256 foundationTotal;
        for (uint256 i; i < n;) {
            address to = recipients[i];
            uint256 gross = grossAmounts[i];
            if (to == address(0)) revert TNETZeroRecipient(i);
            if (gross == 0) revert TNETZeroAmount(i);
            if (gross > CAP) revert TNETCapExceeded(gross, CAP);
            uint256 net;
            unchecked {
                // gross <= CAP < 2^73 and bps < 5000, so gross * bps cannot overflow, and the
                // share is at most gross. The running totals stay below n * CAP, far from 2^256
                // for any n a transaction can carry; the cap check below bounds them anyway.
                uint256 share = gross * bps / 10000;
                net = gross - share;
                foundationTotal += share;
                minersTotal += net;
                ++i;
            }
            // The credit ERC20._update would do for a mint, minus its per-recipient
            // totalSupply write: the supply is raised once for the whole batch below. The
            // balance cannot wrap: it is at most the supply before the batch plus the batch's
            // total, both bounded by the cap (checked below, and a revert undoes everything).
            // Slots are OpenZeppelin ERC20's (_balances at 0, _totalSupply at 2); the build
            // checks the storage layout and fails if it ever moves.
            assembly ("memory-safe") {
                mstore(0x00, to)
                mstore(0x20, BALANCES_SLOT)
                let slot := keccak256(0x00, 0x40)
                sstore(slot, add(sload(slot), net))
                mstore(0x00, net)
                log3(0x00, 0x20, TRANSFER_EVENT, 0, to)
            }
        }
        assembly ("memory-safe") {
            sstore(TOTAL_SUPPLY_SLOT, add(sload(TOTAL_SUPPLY_SLOT), minersTotal))
        }
        if (foundationTotal != 0) _update(address(0), foundation, foundationTotal);
        // One cap check per batch, on the final supply: a revert undoes the whole batch.
        uint256 supply = totalSupply();
        if (supply > CAP) revert TNETCapExceeded(supply, CAP);
        emit TNETBatchMinted(batchId, n, minersTotal, foundationTotal);
    }

    /// @notice Sets the foundation's share of future mints.
    /// @param newBps Basis points, below 5000.
    function setFoundationBps(uint256 newBps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newBps >= FOUNDATION_BPS_LIMIT) revert TNETFoundationBpsTooHigh(newBps);
        emit FoundationBpsChanged(foundationBps, newBps);
        foundationBps = newBps;
    }

    /// @notice Sets the wallet that receives the foundation's share of future mints.
    /// @param newFoundation The new wallet, not the zero address.
    function setFoundation(address newFoundation) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newFoundation == address(0)) revert TNETZeroAddress();
        emit FoundationChanged(foundation, newFoundation);
        foundation = newFoundation;
    }
}
